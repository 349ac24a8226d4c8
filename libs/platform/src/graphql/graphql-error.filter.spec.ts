import { describe, expect, it } from '@jest/globals';
import { BadRequestException, type ArgumentsHost } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { DomainError, DomainErrorCode, RateLimitedError } from '@magmatch/core';
import { GraphQLErrorFilter, apiErrorCodeOf } from './graphql-error.filter.js';

function graphqlHost(requestId = 'req-42'): ArgumentsHost {
  const args = [{}, {}, { req: { id: requestId } }, {}];
  return {
    getType: () => 'graphql',
    getArgs: () => args,
    getArgByIndex: (index: number) => args[index],
    switchToHttp: () => {
      throw new Error('not http');
    },
    switchToRpc: () => {
      throw new Error('not rpc');
    },
    switchToWs: () => {
      throw new Error('not ws');
    },
  } as unknown as ArgumentsHost;
}

const filter = new GraphQLErrorFilter();
const caught = (exception: unknown) => filter.catch(exception, graphqlHost()) as GraphQLError;

describe('GraphQLErrorFilter', () => {
  it('maps every domain error code to a stable extensions.code', () => {
    expect(Object.values(DomainErrorCode).map(apiErrorCodeOf)).toEqual([
      'BAD_USER_INPUT',
      'UNAUTHENTICATED',
      'FORBIDDEN',
      'NOT_FOUND',
      'CONFLICT',
      'SERVICE_UNAVAILABLE',
      'RATE_LIMITED',
    ]);
  });

  it('tells a rate-limited client when to try again', () => {
    const error = caught(new RateLimitedError('Too many failed sign-ins for this e-mail address; try again after 2026-11-30T07:00:00.000Z', 840));
    expect(error.extensions).toEqual({ code: 'RATE_LIMITED', retryAfterSeconds: 840 });
  });

  it('keeps the message of a domain error and names the field at fault', () => {
    const error = caught(new DomainError(DomainErrorCode.InvalidInput, 'Elongation must be 0–100 %, got 250', 'elongationPct'));
    expect(error.message).toBe('Elongation must be 0–100 %, got 250');
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'elongationPct' });
  });

  it('joins input validation messages into one BAD_USER_INPUT error', () => {
    const error = caught(new BadRequestException(['title must be shorter than 200 characters', 'grade is required']));
    expect(error.message).toBe('title must be shorter than 200 characters; grade is required');
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
  });

  it('hides the details of an unexpected error behind the request id', () => {
    const error = caught(new TypeError("Cannot read properties of undefined (reading 'password')"));
    expect(error.message).toBe('Something went wrong on our side. Quote request id req-42 if it persists.');
    expect(error.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId: 'req-42' });
    expect(JSON.stringify(error.toJSON())).not.toContain('password');
  });

  it.each([
    ['a refused connection', Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })],
    ['a server shutting down, wrapped by TypeORM', Object.assign(new Error('terminating connection due to administrator command'), {
      driverError: Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }),
    })],
    ['a dropped connection', new Error('Connection terminated unexpectedly')],
    ['a Redis connection that is down', new Error("Stream isn't writeable and enableOfflineQueue options is false")],
    ['a failed fetch', new TypeError('fetch failed', { cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }) })],
  ])('answers %s with SERVICE_UNAVAILABLE and no detail', (_, exception) => {
    const error = caught(exception);
    expect(error.message).toBe('MagMatch cannot reach one of its servers right now. Try again in a minute.');
    expect(error.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE', requestId: 'req-42' });
  });

  it.each([
    ['a syntax error', Object.assign(new Error('syntax error at or near "SELEC"'), { driverError: Object.assign(new Error('x'), { code: '42601' }) })],
    ['a protocol violation (too many bind parameters)', Object.assign(new Error('bind message supplies 70000 parameters'), { code: '08P01' })],
    ['an exhausted connection pool', new Error('timeout exceeded when trying to connect')],
  ])('does not take %s for an outage', (_, exception) => {
    expect(caught(exception).extensions.code).toBe('INTERNAL_SERVER_ERROR');
  });
});

import { BadRequestException, Catch, HttpException, Logger, type ArgumentsHost } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { GqlArgumentsHost, type GqlContextType, type GqlExceptionFilter } from '@nestjs/graphql';
import type { Response } from 'express';
import { GraphQLError } from 'graphql';
import { DomainError, DomainErrorCode, isEngineUnavailable, RateLimitedError } from '@magmatch/core';

/** The `extensions.code` values clients can rely on. */
export type ApiErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'SERVICE_UNAVAILABLE'
  | 'RATE_LIMITED'
  | 'PAYLOAD_TOO_LARGE'
  | 'INTERNAL_SERVER_ERROR';

const HTTP_STATUS_OF: Partial<Record<ApiErrorCode, number>> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  SERVICE_UNAVAILABLE: 503,
};

export function apiErrorCodeOf(code: DomainErrorCode): ApiErrorCode {
  switch (code) {
    case DomainErrorCode.InvalidInput:
      return 'BAD_USER_INPUT';
    case DomainErrorCode.NotAuthenticated:
      return 'UNAUTHENTICATED';
    case DomainErrorCode.NotPermitted:
      return 'FORBIDDEN';
    case DomainErrorCode.NotFound:
      return 'NOT_FOUND';
    case DomainErrorCode.Conflict:
      return 'CONFLICT';
    case DomainErrorCode.Unavailable:
      return 'SERVICE_UNAVAILABLE';
    case DomainErrorCode.RateLimited:
      return 'RATE_LIMITED';
    default:
      return unmapped(code);
  }
}

function unmapped(code: never): never {
  throw new Error(`domain error code ${String(code)} has no API error code`);
}

/**
 * Turns whatever a resolver throws into a GraphQL error with a stable `extensions.code` and a message a
 * person can act on. Unexpected errors are logged with the request id and answered without details.
 */
@Catch()
export class GraphQLErrorFilter extends BaseExceptionFilter implements GqlExceptionFilter {
  private readonly logger = new Logger('GraphQL');

  override catch(exception: unknown, host: ArgumentsHost): GraphQLError | void {
    if (host.getType<GqlContextType>() === 'graphql') return this.toGraphQLError(exception, host);
    if (exception instanceof DomainError || exception instanceof BadRequestException) return this.answerHttp(exception, host);
    return super.catch(exception, host);
  }

  /** The same error a resolver would give, for the few REST routes (the browser session), with its HTTP status. */
  private answerHttp(exception: DomainError | BadRequestException, host: ArgumentsHost): void {
    const error = this.toGraphQLError(exception, host);
    const response = host.switchToHttp().getResponse<Response>();
    if (exception instanceof RateLimitedError) response.setHeader('retry-after', String(exception.retryAfterSeconds));
    response.status(HTTP_STATUS_OF[error.extensions.code as ApiErrorCode] ?? 400).json({ errors: [error.toJSON()] });
  }

  private toGraphQLError(exception: unknown, host: ArgumentsHost): GraphQLError {
    if (exception instanceof GraphQLError) return exception;
    if (exception instanceof DomainError) {
      return new GraphQLError(exception.message, {
        extensions: {
          code: apiErrorCodeOf(exception.code),
          ...(exception.field ? { field: exception.field } : {}),
          ...(exception instanceof RateLimitedError ? { retryAfterSeconds: exception.retryAfterSeconds } : {}),
        },
      });
    }
    if (exception instanceof BadRequestException) {
      return new GraphQLError(validationMessage(exception), { extensions: { code: 'BAD_USER_INPUT' } });
    }
    if (exception instanceof HttpException && exception.getStatus() < 500) {
      return new GraphQLError(exception.message, { extensions: { code: 'BAD_USER_INPUT' } });
    }
    if (isMalformedValue(exception)) {
      return new GraphQLError(`A value is malformed (${(exception as Error).message}): ids are UUIDs, as the API returns them`, {
        extensions: { code: 'BAD_USER_INPUT' },
      });
    }
    const requestId = requestIdOf(host);
    if (isEngineUnavailable(exception)) {
      this.logger.warn({ err: exception, requestId }, 'an engine is unreachable');
      return new GraphQLError('MagMatch cannot reach one of its servers right now. Try again in a minute.', {
        extensions: { code: 'SERVICE_UNAVAILABLE', requestId },
      });
    }
    this.logger.error({ err: exception, requestId }, 'unexpected error in a resolver');
    return new GraphQLError(`Something went wrong on our side. Quote request id ${requestId} if it persists.`, {
      extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
    });
  }
}

/** PostgreSQL's invalid_text_representation: a value the database could not read as its type (an id that is no UUID). */
const isMalformedValue = (exception: unknown) => (exception as { code?: unknown } | null)?.code === '22P02';

function validationMessage(exception: BadRequestException): string {
  const response = exception.getResponse();
  const messages = typeof response === 'object' && response !== null ? (response as { message?: unknown }).message : undefined;
  return Array.isArray(messages) ? messages.join('; ') : exception.message;
}

function requestIdOf(host: ArgumentsHost): string {
  const context = GqlArgumentsHost.create(host).getContext<{ req?: { id?: unknown } } | undefined>();
  return String(context?.req?.id ?? 'unknown');
}

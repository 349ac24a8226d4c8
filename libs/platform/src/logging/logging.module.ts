import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { LoggerModule } from 'nestjs-pino';
import type { Options } from 'pino-http';
import type { DynamicModule } from '@nestjs/common';
import type { AppConfig } from '@magmatch/core';

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;
/** The first field a GraphQL document selects: what an unnamed operation is logged as. */
const FIRST_FIELD = /\{\s*([A-Za-z_][A-Za-z0-9_]*)/;

/** What a request's line says at info: its id, method and path (headers only at debug and trace). */
const slimRequest = (request: { id: unknown; method: string; url: string }) => ({ id: request.id, method: request.method, url: request.url });
const slimResponse = (response: { statusCode: number }) => ({ statusCode: response.statusCode });

/** The GraphQL operation a request ran: its name, else the first field it selects. */
function operationOf(request: IncomingMessage): string | undefined {
  const body = (request as IncomingMessage & { body?: { operationName?: unknown; query?: unknown } }).body;
  if (typeof body?.operationName === 'string' && body.operationName) return body.operationName;
  return typeof body?.query === 'string' ? FIRST_FIELD.exec(body.query)?.[1] : undefined;
}

/**
 * pino-http's options: a request's line carries its id, method, path, GraphQL operation, status and time;
 * the lines a request's handlers write carry its id only. Headers (never the authorization or cookies) are
 * logged at debug and trace only.
 */
export function requestLogging(config: Pick<AppConfig, 'logLevel'>): Options {
  const verbose = config.logLevel === 'debug' || config.logLevel === 'trace';
  return {
    level: config.logLevel,
    transport: process.stdout.isTTY ? { target: 'pino-pretty', options: { singleLine: true } } : undefined,
    genReqId: (request: IncomingMessage, response: ServerResponse) => {
      const given = request.headers['x-request-id'];
      const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
      response.setHeader('x-request-id', id);
      return id;
    },
    autoLogging: { ignore: (request) => request.url === '/health' || request.url === '/ready' },
    customProps: (request) => ({ operation: operationOf(request) }),
    quietReqLogger: true,
    ...(verbose ? {} : { serializers: { req: slimRequest, res: slimResponse } }),
    redact: ['req.headers.authorization', 'req.headers.cookie'],
  };
}

/** Structured JSON logs (pretty in a terminal), with a request id on every request's lines. */
export function loggingModule(config: AppConfig): DynamicModule {
  return LoggerModule.forRoot({ pinoHttp: requestLogging(config) });
}

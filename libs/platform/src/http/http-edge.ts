import { Logger, type INestApplication } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { RATE_COUNTER, type AppConfig, type RateCounter } from '@magmatch/core';

const MINUTE_MS = 60_000;

/** Pages that run their own inline scripts: the offline GraphQL IDE and the queue dashboard. */
const HTML_TOOLS = ['/ide', '/admin/queues'];

/**
 * What every HTTP request passes first: security headers (helmet; the IDE and the queue dashboard get a
 * policy that lets their inline scripts run), CORS for the configured origins only, and a per-address rate
 * limit on /graphql.
 */
export function applyHttpEdge(app: INestApplication, config: AppConfig): void {
  const strict = helmet();
  const tools = helmet({
    contentSecurityPolicy: {
      directives: {
        scriptSrc: ["'self'", "'unsafe-inline'", "'unsafe-eval'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'", 'ws:', 'wss:'],
        workerSrc: ["'self'", 'blob:'],
      },
    },
  });
  app.use((request: Request, response: Response, next: NextFunction) =>
    (HTML_TOOLS.some((path) => request.path.startsWith(path)) ? tools : strict)(request, response, next),
  );
  if (config.http.corsOrigins.length > 0) {
    app.enableCors({ origin: [...config.http.corsOrigins], methods: ['GET', 'POST'], allowedHeaders: ['content-type', 'authorization', 'apollo-require-preflight'] });
  }
  app.use('/graphql', rateLimit(app.get<RateCounter>(RATE_COUNTER), config.http.rateLimitPerMinute));
}

/**
 * At most `perMinute` requests per client address and minute; the next get 429 with a GraphQL-shaped error.
 * When the counter's store is down the request goes through: a rate limit must not take the API down.
 */
function rateLimit(counter: RateCounter, perMinute: number) {
  const logger = new Logger('RateLimit');
  return async (request: Request, response: Response, next: NextFunction) => {
    let count: number;
    try {
      count = await counter.increment(`ip:${request.ip ?? 'unknown'}`, MINUTE_MS);
    } catch (error) {
      logger.warn({ err: error }, 'rate counter unavailable; request let through');
      return next();
    }
    if (count <= perMinute) return next();
    const retryAfter = Math.ceil((MINUTE_MS - (Date.now() % MINUTE_MS)) / 1000);
    response.setHeader('retry-after', String(retryAfter));
    response.status(429).json({
      errors: [{ message: `Too many requests from this address: at most ${perMinute} a minute; retry in ${retryAfter} s`, extensions: { code: 'RATE_LIMITED' } }],
    });
  };
}

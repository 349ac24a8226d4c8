import { Logger, type INestApplication } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { OutageLog, RATE_COUNTER, type AppConfig, type HttpConfig, type RateCounter } from '@magmatch/core';

const MINUTE_MS = 60_000;

/** Pages that run their own inline scripts: the offline GraphQL IDE and the queue dashboard. */
const HTML_TOOLS = ['/ide', '/admin/queues'];

/** The account a request's `Authorization` header signs in as, or null (no header, a bad or expired token). */
export type AccountOf = (authorization: string | undefined) => Promise<string | null>;

/**
 * What every HTTP request passes first: security headers (helmet; the IDE and the queue dashboard get a
 * policy that lets their inline scripts run), CORS for the configured origins only, and rate limits on
 * /graphql per client address and per signed-in account.
 */
export function applyHttpEdge(app: INestApplication, config: AppConfig, accountOf: AccountOf): void {
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
  app.use('/graphql', rateLimit(app.get<RateCounter>(RATE_COUNTER), config.http, accountOf));
}

/**
 * At most so many requests per client address, and per account, a minute; the next get 429 with a
 * GraphQL-shaped error. The account limit holds one account to its share however many addresses it uses;
 * the address limit holds back anonymous floods. When the counter's store is down the request goes
 * through: a rate limit must not take the API down.
 */
function rateLimit(counter: RateCounter, limits: HttpConfig, accountOf: AccountOf) {
  const outage = new OutageLog(new Logger('RateLimit'), 'rate counter (requests are let through meanwhile)');
  const countOf = async (key: string): Promise<number> => {
    try {
      const count = await counter.increment(key, MINUTE_MS);
      outage.succeeded();
      return count;
    } catch (error) {
      outage.failed(error);
      return 0;
    }
  };
  return async (request: Request, response: Response, next: NextFunction) => {
    if ((await countOf(`ip:${request.ip ?? 'unknown'}`)) > limits.rateLimitPerMinute) {
      return refuse(response, `Too many requests from this address: at most ${limits.rateLimitPerMinute} a minute`);
    }
    const account = await accountOf(request.headers.authorization);
    if (account && (await countOf(`account:${account}`)) > limits.rateLimitPerAccountPerMinute) {
      return refuse(response, `Too many requests from this account: at most ${limits.rateLimitPerAccountPerMinute} a minute`);
    }
    next();
  };
}

function refuse(response: Response, reason: string): void {
  const retryAfter = Math.ceil((MINUTE_MS - (Date.now() % MINUTE_MS)) / 1000);
  response.setHeader('retry-after', String(retryAfter));
  response.status(429).json({ errors: [{ message: `${reason}; retry in ${retryAfter} s`, extensions: { code: 'RATE_LIMITED' } }] });
}

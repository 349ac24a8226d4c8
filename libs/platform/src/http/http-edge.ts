import type { INestApplication } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { RATE_LIMITS, type AppConfig, type HttpConfig, type RateLimits } from '@magmatch/core';

const MINUTE_MS = 60_000;

/** Pages that run their own inline scripts: the offline GraphQL IDE and the queue dashboard. */
const HTML_TOOLS = ['/ide', '/admin/queues'];

/** The account a request's `Authorization` header signs in as, or null (no header, a bad or expired token). */
export type AccountOf = (authorization: string | undefined) => Promise<string | null>;

/**
 * What every HTTP request passes first: security headers (helmet; the IDE and the queue dashboard get a
 * policy that lets their inline scripts run), CORS for the configured origins only, and rate limits on
 * /graphql and /session per client address and per signed-in account.
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
  app.use(['/graphql', '/session'], rateLimit(app.get<RateLimits>(RATE_LIMITS), config.http, accountOf));
}

/**
 * At most so many requests per client address, and per account, a minute; the next get 429 with a
 * GraphQL-shaped error. The account limit holds one account to its share however many addresses it uses;
 * the address limit holds back anonymous floods. While Redis is down each process counts on its own.
 */
function rateLimit(limits: RateLimits, config: HttpConfig, accountOf: AccountOf) {
  const perAddress = limits.limit('ip', config.rateLimitPerMinute, MINUTE_MS);
  const perAccount = limits.limit('account', config.rateLimitPerAccountPerMinute, MINUTE_MS);
  return async (request: Request, response: Response, next: NextFunction) => {
    const address = await perAddress.consume(request.ip ?? 'unknown');
    if (!address.allowed) return refuse(response, `Too many requests from this address: at most ${config.rateLimitPerMinute} a minute`, address.msBeforeNext);
    const account = await accountOf(request.headers.authorization);
    const byAccount = account ? await perAccount.consume(account) : null;
    if (byAccount && !byAccount.allowed) return refuse(response, `Too many requests from this account: at most ${config.rateLimitPerAccountPerMinute} a minute`, byAccount.msBeforeNext);
    next();
  };
}

function refuse(response: Response, reason: string, msBeforeNext: number): void {
  const retryAfter = Math.max(1, Math.ceil(msBeforeNext / 1000));
  response.setHeader('retry-after', String(retryAfter));
  response.status(429).json({ errors: [{ message: `${reason}; retry in ${retryAfter} s`, extensions: { code: 'RATE_LIMITED' } }] });
}

import { Body, Controller, HttpCode, Inject, Injectable, Post, Req, Res, UseGuards, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { IsString, MaxLength, MinLength } from 'class-validator';
import type { CookieOptions, Request, Response } from 'express';
import { APP_CONFIG, DomainError, DomainErrorCode, type AppConfig } from '@magmatch/core';
import { ACCESS_TOKEN_TTL_SECONDS } from '../identity.module.js';
import { REFRESH_TOKEN_TTL_MS } from '../refresh-tokens.js';
import { SignInService, type SignedIn } from '../sign-in.service.js';

/** The refresh token's cookie: scripts cannot read it, other sites cannot send it, and only `/session` receives it. */
export const SESSION_COOKIE = 'magmatch_session';
const SESSION_PATH = '/session';

/**
 * How long a spent refresh cookie is still honoured: a reload or a closed tab can lose the answer that
 * carried its successor, and that browser must not look like a thief. Longer would help a thief more.
 */
export const BROWSER_REUSE_GRACE_MS = 10_000;

/** The access token for the queue dashboard's pages (`/admin/queues`), which a browser opens by a link. */
export const QUEUE_DASHBOARD_TOKEN_COOKIE = 'magmatch_access_token';
const QUEUE_DASHBOARD_PATH = '/admin/queues';

export class SignInBody {
  @IsString()
  @MinLength(3)
  @MaxLength(320)
  email: string;

  @IsString()
  @MinLength(1)
  @MaxLength(200)
  password: string;
}

/** What a browser keeps in memory only: the short-lived access token. */
export interface BrowserSession {
  readonly accessToken: string;
  /** Seconds the access token is valid from now. */
  readonly expiresInSeconds: number;
}

/** Only JSON requests, which another site's form cannot send without a CORS preflight; checked before the handler's input. */
@Injectable()
class JsonRequestsOnly implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<Request>();
    if (!(request.headers['content-type'] ?? '').startsWith('application/json')) {
      throw new DomainError(DomainErrorCode.InvalidInput, 'Send session requests as JSON (content-type: application/json)', 'content-type');
    }
    return true;
  }
}

/**
 * Sessions for the web console, as OWASP's session-management advice has them for browsers: the
 * long-lived refresh token travels only in an HttpOnly, SameSite=Strict cookie scoped to `/session` (Secure
 * over HTTPS and always in production), and the page holds the 15-minute access token in memory. Every
 * call must be a JSON POST, which another site's form cannot send without a CORS preflight the API
 * refuses. API clients keep using `login` and `refreshAccessToken`; both share the refresh tokens' one-use
 * rotation and theft detection (browsers with a grace of `BROWSER_REUSE_GRACE_MS`).
 * A moderator's access token also goes, HttpOnly, to the queue dashboard's path, which the console links to.
 *
 * Errors come as GraphQL-shaped JSON (`{ errors: [{ message, extensions: { code } }] }`) with the HTTP status
 * of the code: 400 BAD_USER_INPUT, 401 UNAUTHENTICATED, 429 RATE_LIMITED.
 */
@Controller(SESSION_PATH)
@UseGuards(JsonRequestsOnly)
export class BrowserSessionController {
  /** Production is served over HTTPS, if only behind a proxy that terminates it: its cookies are always Secure. */
  private readonly alwaysSecure: boolean;

  constructor(
    private readonly signIn: SignInService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.alwaysSecure = config.nodeEnv === 'production';
  }

  /** `POST /session` `{ email, password }`: signs in; sets the session cookie. */
  @Post()
  @HttpCode(200)
  async start(@Body() body: SignInBody, @Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<BrowserSession> {
    return this.answer(await this.signIn.login(body.email, body.password), request, response);
  }

  /**
   * `POST /session/refresh`: a new access token for the cookie's session, and the cookie's next token; 204
   * when the browser has no session (a visitor not signed in), 401 when its session ended.
   */
  @Post('refresh')
  async refresh(@Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<BrowserSession | undefined> {
    const token = cookieOf(request);
    if (!token) {
      response.status(204);
      return undefined;
    }
    response.status(200);
    try {
      return this.answer(await this.signIn.refresh(token, BROWSER_REUSE_GRACE_MS), request, response);
    } catch (error) {
      // An ended session's cookie is of no more use; an outage's is, once the server is back.
      if (error instanceof DomainError && error.code === DomainErrorCode.NotAuthenticated) response.clearCookie(SESSION_COOKIE, this.cookieOptions(request));
      throw error;
    }
  }

  /** `POST /session/sign-out`: ends the cookie's session everywhere it was refreshed, and clears the cookie. */
  @Post('sign-out')
  @HttpCode(204)
  async signOut(@Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<void> {
    const token = cookieOf(request);
    if (token) await this.signIn.signOut(token);
    response.clearCookie(SESSION_COOKIE, this.cookieOptions(request));
    response.clearCookie(QUEUE_DASHBOARD_TOKEN_COOKIE, { ...this.cookieOptions(request), path: QUEUE_DASHBOARD_PATH });
  }

  private cookieOptions(request: Request): CookieOptions {
    return { httpOnly: true, sameSite: 'strict', secure: this.alwaysSecure || request.secure, path: SESSION_PATH };
  }

  private answer(session: SignedIn, request: Request, response: Response): BrowserSession {
    response.cookie(SESSION_COOKIE, session.refreshToken, { ...this.cookieOptions(request), maxAge: REFRESH_TOKEN_TTL_MS });
    if (session.user.role === 'MODERATOR') {
      response.cookie(QUEUE_DASHBOARD_TOKEN_COOKIE, session.accessToken, {
        ...this.cookieOptions(request),
        path: QUEUE_DASHBOARD_PATH,
        maxAge: ACCESS_TOKEN_TTL_SECONDS * 1000,
      });
    }
    response.setHeader('cache-control', 'no-store');
    return { accessToken: session.accessToken, expiresInSeconds: ACCESS_TOKEN_TTL_SECONDS };
  }
}


function cookieOf(request: Request): string | undefined {
  const cookies = (request as Request & { cookies?: Record<string, string> }).cookies;
  return cookies?.[SESSION_COOKIE] || undefined;
}

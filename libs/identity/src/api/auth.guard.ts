import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import { ACCESS_METADATA, DomainError, DomainErrorCode, type AccessRule, type Viewer } from '@magmatch/core';
import { AccessTokens } from '../access-tokens.js';

export interface RequestWithViewer {
  headers: { authorization?: string };
  viewer?: Viewer | null;
}

/**
 * The one place that decides who may call an operation: reads the bearer token into `req.viewer`, then
 * applies the operation's `@Public()` / `@RequireRoles()` marker (none: any signed-in user).
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: AccessTokens,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType<GqlContextType>() !== 'graphql') return true;
    const request = GqlExecutionContext.create(context).getContext<{ req: RequestWithViewer }>().req;
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_METADATA, [
      context.getHandler(),
      context.getClass(),
    ]);
    request.viewer ??= await this.tokens.viewerOf(request.headers.authorization);
    if (rule === 'public') return true;
    const viewer = request.viewer;
    if (!viewer) throw new DomainError(DomainErrorCode.NotAuthenticated, 'Sign in first: this needs an access token');
    if (rule && !rule.includes(viewer.role)) {
      throw new DomainError(DomainErrorCode.NotPermitted, `Only ${rule.join(' or ').toLowerCase()} users may do this`);
    }
    return true;
  }
}

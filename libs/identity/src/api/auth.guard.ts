import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import { ACCESS_METADATA, DomainError, DomainErrorCode, type AccessRole, type AccessRule, type Capability, type RequestWithViewer as ViewerRequest, type Viewer } from '@magmatch/core';
import { AccessTokens } from '../access-tokens.js';
import { OrganizationsService } from '../organizations.service.js';

export interface RequestWithViewer extends ViewerRequest {
  headers: { authorization?: string };
  capabilities?: Promise<Capability[]>;
}

const CAPABILITY_OF: Record<Exclude<AccessRole, 'MODERATOR'>, Capability> = { SELLER: 'SELL', BUYER: 'BUY' };
const DOING: Record<AccessRole, string> = { SELLER: 'organisations that sell (SELL)', BUYER: 'organisations that buy (BUY)', MODERATOR: 'moderators' };

/**
 * The one place that decides who may call an operation: reads the bearer token into `req.viewer`, then
 * applies the operation's `@Public()` / `@RequireRoles()` marker (none: any signed-in user). SELLER and BUYER
 * are capabilities of the viewer's organisation, read once per request from the database, so a change
 * (`setOrganizationCapabilities`) counts at once for every member.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: AccessTokens,
    private readonly organizations: OrganizationsService,
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
    if (rule && !(await this.actsAsOneOf(rule, viewer, request))) {
      const hint = viewer.role !== 'MODERATOR' && rule.some((role) => role !== 'MODERATOR') ? '; an organisation adds what it does with setOrganizationCapabilities' : '';
      throw new DomainError(DomainErrorCode.NotPermitted, `Only ${rule.map((role) => DOING[role]).join(' or ')} may do this${hint}`);
    }
    return true;
  }

  private async actsAsOneOf(roles: readonly AccessRole[], viewer: Viewer, request: RequestWithViewer): Promise<boolean> {
    if (viewer.role === 'MODERATOR') return roles.includes('MODERATOR');
    const wanted = roles.flatMap((role) => (role === 'MODERATOR' ? [] : [CAPABILITY_OF[role]]));
    if (wanted.length === 0 || !viewer.organizationId) return false;
    request.capabilities ??= this.organizations.capabilitiesOf(viewer.organizationId);
    const capabilities = await request.capabilities;
    return wanted.some((capability) => capabilities.includes(capability));
  }
}

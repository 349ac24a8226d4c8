import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Public, RequestLoaders, RequireRoles, pageSize, type Capability, type Viewer } from '@magmatch/core';
import { IdentityLoaders } from '../identity.loaders.js';
import { OrganizationsService } from '../organizations.service.js';
import { RegistrationService } from '../registration.service.js';
import { SignInService, type SignedIn } from '../sign-in.service.js';
import { VerificationLevel } from '../organization.entity.js';
import type { RequestWithViewer } from './auth.guard.js';
import { CurrentViewer } from './current-viewer.decorator.js';
import { AuthPayload, Organization, OrganizationCapability, User } from './identity.models.js';
import { ChangePasswordInput, RegisterOrganizationInput } from './register-organization.input.js';

@Resolver(() => User)
export class IdentityResolver {
  constructor(
    private readonly signIn: SignInService,
    private readonly registration: RegistrationService,
    private readonly organizations: OrganizationsService,
    private readonly identityLoaders: IdentityLoaders,
  ) {}

  @Public()
  @Mutation(() => AuthPayload, { description: 'Signs up a supplier or buyer organisation with its first user.' })
  async registerOrganization(@Args('input') input: RegisterOrganizationInput): Promise<AuthPayload> {
    return payload(await this.registration.register(input));
  }

  @Public()
  @Mutation(() => AuthPayload)
  async login(@Args('email') email: string, @Args('password') password: string): Promise<AuthPayload> {
    return payload(await this.signIn.login(email, password));
  }

  @Public()
  @Mutation(() => AuthPayload, { description: 'Trades a refresh token (once) for a new access token and refresh token.' })
  async refreshAccessToken(@Args('refreshToken') refreshToken: string): Promise<AuthPayload> {
    return payload(await this.signIn.refresh(refreshToken));
  }

  @Mutation(() => Boolean, { description: 'Changes your password and signs out every session of yours (refresh tokens).' })
  async changePassword(@CurrentViewer() viewer: Viewer, @Args('input') input: ChangePasswordInput): Promise<boolean> {
    await this.signIn.changePassword(viewer.userId, input.currentPassword, input.newPassword);
    return true;
  }

  @Query(() => User, { description: 'The signed-in user.' })
  me(@CurrentViewer() viewer: Viewer): Promise<User> {
    return this.signIn.user(viewer.userId);
  }

  @RequireRoles('MODERATOR')
  @Query(() => [Organization], { description: 'Organisations not yet VERIFIED, longest waiting first. Moderators only.' })
  organizationReviewQueue(@Args('first', { type: () => Int, nullable: true }) first?: number | null): Promise<Organization[]> {
    return this.organizations.awaitingVerification(pageSize(first, 50));
  }

  @RequireRoles('MODERATOR')
  @Mutation(() => Organization, { description: 'Raises an organisation to REVIEWED or VERIFIED. Moderators only.' })
  verifyOrganization(
    @Args('id', { type: () => ID }) id: string,
    @Args('level', { type: () => VerificationLevel }) level: VerificationLevel,
    @CurrentViewer() moderator: Viewer,
    @Args('reason', { type: () => String, nullable: true }) reason?: string | null,
  ): Promise<Organization> {
    return this.organizations.verifyOrganization(id, level, moderator.userId, reason ?? null);
  }

  @RequireRoles('SELLER', 'BUYER')
  @Mutation(() => Organization, {
    description: 'Sets what your organisation does on the market: SELL, BUY or both (a die-caster buys ingot and sells castings; an OEM sells its process scrap).',
  })
  async setOrganizationCapabilities(
    @CurrentViewer() viewer: Viewer,
    @Args('capabilities', { type: () => [OrganizationCapability] }) capabilities: Capability[],
    @Context('req') request: RequestWithViewer,
  ): Promise<Organization> {
    const organization = await this.organizations.setCapabilities(viewer.organizationId!, capabilities, viewer.userId);
    // Later operations of the same request see the new capabilities, not those the guard read before.
    request.capabilities = Promise.resolve(organization.capabilities);
    return organization;
  }

  @ResolveField(() => Organization, { nullable: true, description: 'Null for moderators of the association.' })
  organization(@Parent() user: User, @Context('loaders') loaders: RequestLoaders): Promise<Organization | null> {
    if (!user.organizationId) return Promise.resolve(null);
    return loaders.load(this.identityLoaders.organizationById, user.organizationId);
  }
}

const payload = ({ user, accessToken, refreshToken }: SignedIn): AuthPayload => ({ user, accessToken, refreshToken });

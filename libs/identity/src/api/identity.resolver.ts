import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Public, RequireRoles, type Viewer } from '@magmatch/core';
import { IdentityService, type SignedIn } from '../identity.service.js';
import { VerificationLevel } from '../organization.entity.js';
import { CurrentViewer } from './current-viewer.decorator.js';
import { AuthPayload, Organization, User } from './identity.models.js';
import { RegisterOrganizationInput } from './register-organization.input.js';

@Resolver(() => User)
export class IdentityResolver {
  constructor(private readonly identity: IdentityService) {}

  @Public()
  @Mutation(() => AuthPayload, { description: 'Signs up a supplier or buyer organisation with its first user.' })
  async registerOrganization(@Args('input') input: RegisterOrganizationInput): Promise<AuthPayload> {
    return payload(await this.identity.register(input));
  }

  @Public()
  @Mutation(() => AuthPayload)
  async login(@Args('email') email: string, @Args('password') password: string): Promise<AuthPayload> {
    return payload(await this.identity.login(email, password));
  }

  @Query(() => User, { description: 'The signed-in user.' })
  me(@CurrentViewer() viewer: Viewer): Promise<User> {
    return this.identity.user(viewer.userId);
  }

  @RequireRoles('MODERATOR')
  @Mutation(() => Organization, { description: 'Raises an organisation to REVIEWED or VERIFIED. Moderators only.' })
  verifyOrganization(
    @Args('id', { type: () => ID }) id: string,
    @Args('level', { type: () => VerificationLevel }) level: VerificationLevel,
    @Args('reason', { type: () => String, nullable: true }) _reason?: string | null,
  ): Promise<Organization> {
    return this.identity.verifyOrganization(id, level);
  }

  @ResolveField(() => Organization, { nullable: true, description: 'Null for moderators of the association.' })
  async organization(@Parent() user: User): Promise<Organization | null> {
    if (!user.organizationId) return null;
    const [organization] = await this.identity.organizationsByIds([user.organizationId]);
    return organization ?? null;
  }
}

const payload = ({ user, accessToken }: SignedIn): AuthPayload => ({ user, accessToken });

import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { DomainError, DomainErrorCode, Public, RequireRoles, type Viewer } from '@magmatch/core';
import { CurrentViewer } from '@magmatch/identity';
import { ReplicationList } from '../replication-list.js';
import { ProvenApplication } from './promotion.models.js';

@Resolver(() => ProvenApplication)
export class ReplicationListResolver {
  constructor(private readonly list: ReplicationList) {}

  @Public()
  @Query(() => [ProvenApplication], { description: 'The replication list of mature applications, newest first; public.' })
  provenApplications(@Args('scenario', { type: () => String, nullable: true }) scenario?: string | null): Promise<ProvenApplication[]> {
    return this.list.list(scenario);
  }

  @RequireRoles('MODERATOR')
  @Mutation(() => ProvenApplication, { description: 'Publishes a purchase whose first use succeeded as a proven application. Moderators only.' })
  publishProvenApplication(
    @CurrentViewer() moderator: Viewer,
    @Args('purchaseId', { type: () => ID }) purchaseId: string,
    @Args('caseText') caseText: string,
  ): Promise<ProvenApplication> {
    if (caseText.trim().length < 10 || caseText.length > 4000) {
      throw new DomainError(DomainErrorCode.InvalidInput, 'caseText must be 10 to 4000 characters long', 'caseText');
    }
    return this.list.publish(moderator, purchaseId, caseText);
  }
}

import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { RequireRoles } from '@magmatch/core';
import { AuditLog } from '../audit-log.js';
import { AuditEntry } from './audit.models.js';

@Resolver(() => AuditEntry)
export class AuditResolver {
  constructor(private readonly audit: AuditLog) {}

  @RequireRoles('MODERATOR')
  @Query(() => [AuditEntry], { description: 'Moderator actions, newest first. Moderators only.' })
  async auditLog(
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('before', { type: () => ID, nullable: true }) before?: string | null,
    @Args('subjectId', { type: () => ID, nullable: true }) subjectId?: string | null,
  ): Promise<AuditEntry[]> {
    const entries = await this.audit.page({
      first: Math.min(Math.max(first, 1), 200),
      before: before ?? undefined,
      subjectId: subjectId ?? undefined,
    });
    return entries.map((entry) => ({
      ...entry,
      before: entry.before && JSON.stringify(entry.before),
      after: entry.after && JSON.stringify(entry.after),
    }));
  }
}

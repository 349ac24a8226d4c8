import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { LessThan, type EntityManager, type Repository } from 'typeorm';
import { AuditEntryEntity } from './audit-entry.entity.js';

export interface AuditRecord {
  readonly actorId: string;
  readonly action: string;
  readonly subjectType: string;
  readonly subjectId: string;
  readonly before: Record<string, unknown> | null;
  readonly after: Record<string, unknown> | null;
  readonly reason?: string | null;
}

/** The append-only record of every moderator action: who, what, before and after, when. */
@Injectable()
export class AuditLog {
  constructor(@InjectRepository(AuditEntryEntity) private readonly entries: Repository<AuditEntryEntity>) {}

  /** Records `entry` in the caller's transaction, so the action and its record commit together. */
  async record(manager: EntityManager, entry: AuditRecord): Promise<void> {
    await manager.save(manager.create(AuditEntryEntity, { ...entry, reason: entry.reason ?? null }));
  }

  /** Newest first; `before` is the id of the last entry of the previous page. */
  page(options: { first: number; before?: string; subjectId?: string }): Promise<AuditEntryEntity[]> {
    return this.entries.find({
      where: {
        ...(options.before ? { id: LessThan(options.before) } : {}),
        ...(options.subjectId ? { subjectId: options.subjectId } : {}),
      },
      order: { id: 'DESC' },
      take: options.first,
    });
  }
}

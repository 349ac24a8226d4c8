import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MessagingModule } from '@magmatch/messaging';
import { AuditEntryEntity } from './audit-entry.entity.js';
import { AuditLog } from './audit-log.js';
import { ReviewDesk } from './review-desk.js';
import { ReviewDecided, ReviewRequested } from './review-events.js';

@Module({
  imports: [TypeOrmModule.forFeature([AuditEntryEntity]), MessagingModule.forFeature([ReviewRequested, ReviewDecided])],
  providers: [AuditLog, ReviewDesk],
  exports: [AuditLog, ReviewDesk],
})
export class ModerationModule {}

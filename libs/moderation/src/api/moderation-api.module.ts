import { Module } from '@nestjs/common';
import { ModerationModule } from '../moderation.module.js';
import { AuditResolver } from './audit.resolver.js';

@Module({ imports: [ModerationModule], providers: [AuditResolver] })
export class ModerationApiModule {}

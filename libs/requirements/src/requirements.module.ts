import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogModule } from '@magmatch/catalog';
import { IdentityModule } from '@magmatch/identity';
import { MessagingModule } from '@magmatch/messaging';
import { ModerationModule } from '@magmatch/moderation';
import { RequirementChanged } from './requirement-changed.event.js';
import { ExpireOverdueRequirements, RequirementExpiry } from './requirement-expiry.js';
import { RequirementReads } from './requirement-reads.js';
import { RequirementEntity } from './requirement.entity.js';
import { RequirementsService } from './requirements.service.js';

@Module({
  imports: [
    TypeOrmModule.forFeature([RequirementEntity]),
    MessagingModule.forFeature([ExpireOverdueRequirements, RequirementChanged]),
    ModerationModule,
    IdentityModule,
    CatalogModule,
  ],
  providers: [RequirementsService, RequirementReads, RequirementExpiry],
  exports: [RequirementsService, RequirementReads, IdentityModule, CatalogModule],
})
export class RequirementsModule {}

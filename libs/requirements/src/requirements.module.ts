import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@magmatch/identity';
import { ModerationModule } from '@magmatch/moderation';
import { RequirementEntity } from './requirement.entity.js';
import { RequirementsService } from './requirements.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([RequirementEntity]), ModerationModule, IdentityModule],
  providers: [RequirementsService],
  exports: [RequirementsService, IdentityModule],
})
export class RequirementsModule {}

import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@magmatch/identity';
import { ListingEntity } from '@magmatch/listings';
import { MarketplaceSearchModule } from '@magmatch/marketplace-search';
import { RequirementEntity, RequirementsModule } from '@magmatch/requirements';
import { MatchingEngine } from './matching-engine.js';

@Module({
  imports: [TypeOrmModule.forFeature([ListingEntity, RequirementEntity]), IdentityModule, MarketplaceSearchModule, RequirementsModule],
  providers: [MatchingEngine],
  exports: [MatchingEngine],
})
export class MatchingModule {}

import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogModule } from '@magmatch/catalog';
import { IdentityModule } from '@magmatch/identity';
import { ListingEntity } from '@magmatch/listings';
import { MarketplaceSearchModule } from '@magmatch/marketplace-search';
import { RequirementEntity, RequirementsModule } from '@magmatch/requirements';
import { MessagingModule } from '@magmatch/messaging';
import { TradeModule } from '@magmatch/trade';
import { MatchEntity } from './match.entity.js';
import { MatchProposed, MatchStateChanged } from './match-events.js';
import { MatchStore } from './match-store.js';
import { MatchesService } from './matches.service.js';
import { MatchingEngine } from './matching-engine.js';
import { NearMisses } from './near-misses.js';
import { ResponseTimes } from './response-times.js';

@Module({
  imports: [TypeOrmModule.forFeature([ListingEntity, RequirementEntity, MatchEntity]),
    MessagingModule.forFeature([MatchProposed, MatchStateChanged]), IdentityModule, MarketplaceSearchModule, RequirementsModule, CatalogModule, TradeModule],
  providers: [MatchingEngine, MatchStore, MatchesService, NearMisses, ResponseTimes],
  exports: [MatchingEngine, MatchStore, MatchesService, NearMisses, ResponseTimes, TypeOrmModule, IdentityModule],
})
export class MatchingModule {}

import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogModule } from '@magmatch/catalog';
import { IdentityModule } from '@magmatch/identity';
import { MarketplaceSearchModule } from '@magmatch/marketplace-search';
import { RequirementsModule } from '@magmatch/requirements';
import { MessagingModule } from '@magmatch/messaging';
import { TradeModule } from '@magmatch/trade';
import { MatchEntity } from './match.entity.js';
import { MatchProposed, MatchStateChanged } from './match-events.js';
import { MatchStore } from './match-store.js';
import { MatchesService } from './matches.service.js';
import { MatchingEngine } from './matching-engine.js';
import { MatchStatistics } from './match-statistics.js';
import { NearMisses } from './near-misses.js';
import { ProvenScenarios, ScenarioProven } from './proven-scenarios.js';
import { ResponseTimes } from './response-times.js';

@Module({
  imports: [TypeOrmModule.forFeature([MatchEntity]),
    MessagingModule.forFeature([MatchProposed, MatchStateChanged, ScenarioProven]), IdentityModule, MarketplaceSearchModule, RequirementsModule, CatalogModule, TradeModule],
  providers: [MatchingEngine, MatchStore, MatchesService, MatchStatistics, NearMisses, ProvenScenarios, ResponseTimes],
  exports: [MatchingEngine, MatchStore, MatchesService, MatchStatistics, NearMisses, ResponseTimes, IdentityModule],
})
export class MatchingModule {}

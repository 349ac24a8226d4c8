import { Module } from '@nestjs/common';
import { MatchingModule } from '../matching.module.js';
import { MatchesResolver } from './matches.resolver.js';
import { ListingNearMissesResolver, RequirementNearMissesResolver } from './near-misses.resolver.js';

@Module({ imports: [MatchingModule], providers: [MatchesResolver, RequirementNearMissesResolver, ListingNearMissesResolver] })
export class MatchingApiModule {}

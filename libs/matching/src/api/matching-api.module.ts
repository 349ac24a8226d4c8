import { Module } from '@nestjs/common';
import { MatchingModule } from '../matching.module.js';
import { MatchesResolver } from './matches.resolver.js';

@Module({ imports: [MatchingModule], providers: [MatchesResolver] })
export class MatchingApiModule {}

import { Module } from '@nestjs/common';
import { MarketplaceSearchModule } from '../marketplace-search.module.js';
import { SearchResolver } from './search.resolver.js';

@Module({ imports: [MarketplaceSearchModule], providers: [SearchResolver] })
export class MarketplaceSearchApiModule {}

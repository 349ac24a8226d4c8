import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@magmatch/identity';
import { ListingEntity, ListingsModule } from '@magmatch/listings';
import { TradeModule } from '@magmatch/trade';
import { ListingSearch } from './listing-search.js';

@Module({
  imports: [TypeOrmModule.forFeature([ListingEntity]), ListingsModule, IdentityModule, TradeModule],
  providers: [ListingSearch],
  exports: [ListingSearch, ListingsModule],
})
export class MarketplaceSearchModule {}

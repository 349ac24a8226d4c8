import { Module } from '@nestjs/common';
import { IdentityModule } from '@magmatch/identity';
import { ListingsModule } from '@magmatch/listings';
import { TradeModule } from '@magmatch/trade';
import { ListingSearch } from './listing-search.js';

@Module({
  imports: [ListingsModule, IdentityModule, TradeModule],
  providers: [ListingSearch],
  exports: [ListingSearch, ListingsModule],
})
export class MarketplaceSearchModule {}

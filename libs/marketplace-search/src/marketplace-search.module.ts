import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@magmatch/identity';
import { ListingEntity, ListingsModule } from '@magmatch/listings';
import { ListingSearch } from './listing-search.js';

@Module({
  imports: [TypeOrmModule.forFeature([ListingEntity]), ListingsModule, IdentityModule],
  providers: [ListingSearch],
  exports: [ListingSearch, ListingsModule],
})
export class MarketplaceSearchModule {}

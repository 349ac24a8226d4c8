import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogModule } from '@magmatch/catalog';
import { IdentityModule } from '@magmatch/identity';
import { MessagingModule } from '@magmatch/messaging';
import { ModerationModule } from '@magmatch/moderation';
import { ListingChanged } from './listing-changed.job.js';
import { ListingEntity } from './listing.entity.js';
import { ListingReads } from './listing-reads.js';
import { ListingsService } from './listings.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([ListingEntity]), MessagingModule.forFeature([ListingChanged]), ModerationModule, IdentityModule, CatalogModule],
  providers: [ListingsService, ListingReads],
  exports: [ListingsService, ListingReads, IdentityModule, CatalogModule],
})
export class ListingsModule {}

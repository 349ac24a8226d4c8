import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@magmatch/identity';
import { ModerationModule } from '@magmatch/moderation';
import { ListingEntity } from './listing.entity.js';
import { ListingsService } from './listings.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([ListingEntity]), ModerationModule, IdentityModule],
  providers: [ListingsService],
  exports: [ListingsService, IdentityModule],
})
export class ListingsModule {}

import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ModerationModule } from '@magmatch/moderation';
import { ExchangeRateEntity, ReferencePriceEntity } from './reference/reference-data.entities.js';
import { ReferenceData } from './reference/reference-data.service.js';

/** Prices and the reference data they are checked against. */
@Module({
  imports: [TypeOrmModule.forFeature([ExchangeRateEntity, ReferencePriceEntity]), ModerationModule],
  providers: [ReferenceData],
  exports: [ReferenceData],
})
export class TradeModule {}

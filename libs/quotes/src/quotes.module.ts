import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ListingsModule } from '@magmatch/listings';
import { MatchingModule } from '@magmatch/matching';
import { MessagingModule } from '@magmatch/messaging';
import { RequirementsModule } from '@magmatch/requirements';
import { TradeModule } from '@magmatch/trade';
import { DealEntity } from './deal.entity.js';
import { ExpireOverdueQuotes, QuoteExpiry } from './quote-expiry.js';
import { QuoteStepped } from './quote-events.js';
import { QuoteEntity } from './quote.entity.js';
import { QuotesService } from './quotes.service.js';
import { QuoteStatistics } from './quote-statistics.js';

/** Quotes on matches, their counter-offers and revisions, and the deals awards make of them. */
@Module({
  imports: [
    TypeOrmModule.forFeature([QuoteEntity, DealEntity]),
    MessagingModule.forFeature([QuoteStepped, ExpireOverdueQuotes]),
    ListingsModule,
    MatchingModule,
    RequirementsModule,
    TradeModule,
  ],
  providers: [QuotesService, QuoteStatistics, QuoteExpiry],
  exports: [QuotesService, QuoteStatistics, ListingsModule, MatchingModule, RequirementsModule, TradeModule],
})
export class QuotesModule {}

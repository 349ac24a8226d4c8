import { Module } from '@nestjs/common';
import { TradeApiModule } from '@magmatch/trade';
import { QuotesModule } from '../quotes.module.js';
import { ComparisonResolver } from './comparison.resolver.js';
import { QuoteLoaders } from './quote-loaders.js';
import { DealsResolver, QuotesResolver } from './quotes.resolver.js';
import { OrganizationTrackRecordResolver, RequirementTrackRecordResolver } from './track-record.resolver.js';
import { TrackRecordLoaders } from './track-record-loaders.js';

@Module({
  imports: [QuotesModule, TradeApiModule],
  providers: [QuotesResolver, DealsResolver, ComparisonResolver, OrganizationTrackRecordResolver, RequirementTrackRecordResolver, QuoteLoaders, TrackRecordLoaders],
  exports: [QuoteLoaders],
})
export class QuotesApiModule {}

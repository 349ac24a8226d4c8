import { Module } from '@nestjs/common';
import { MessagingModule } from '@magmatch/messaging';
import { PromotionsModule } from '@magmatch/promotions';
import { QuotesModule } from '@magmatch/quotes';
import { MarketFacts } from './market-facts.js';
import { MarketMonitor } from './market-monitor.js';
import { MarketReport } from './market-report.js';
import { MarketSnapshots, TakeMarketSnapshot } from './market-snapshots.js';

/** Industry monitoring: the read side that combines the domains' exported reads into market figures. */
@Module({
  imports: [MessagingModule.forFeature([TakeMarketSnapshot]), PromotionsModule, QuotesModule],
  providers: [MarketFacts, MarketMonitor, MarketReport, MarketSnapshots],
  exports: [MarketMonitor, MarketReport, MarketSnapshots],
})
export class MonitoringModule {}

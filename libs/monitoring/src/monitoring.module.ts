import { Module } from '@nestjs/common';
import { IdentityModule } from '@magmatch/identity';
import { ListingsModule } from '@magmatch/listings';
import { MatchingModule } from '@magmatch/matching';
import { MessagingModule } from '@magmatch/messaging';
import { PromotionsModule } from '@magmatch/promotions';
import { QuotesModule } from '@magmatch/quotes';
import { RequirementsModule } from '@magmatch/requirements';
import { TradeModule } from '@magmatch/trade';
import { MarketFacts } from './market-facts.js';
import { MarketMonitor } from './market-monitor.js';
import { MarketReport } from './market-report.js';
import { MarketSnapshots, TakeMarketSnapshot } from './market-snapshots.js';

/** Industry monitoring: the read side that combines the domains' exported reads into market figures. */
@Module({
  imports: [
    MessagingModule.forFeature([TakeMarketSnapshot]),
    IdentityModule,
    ListingsModule,
    RequirementsModule,
    MatchingModule,
    QuotesModule,
    PromotionsModule,
    TradeModule,
  ],
  providers: [MarketFacts, MarketMonitor, MarketReport, MarketSnapshots],
  exports: [MarketMonitor, MarketReport, MarketSnapshots],
})
export class MonitoringModule {}

import type { Type } from '@nestjs/common';
import { CatalogApiModule } from '@magmatch/catalog';
import { IdentityApiModule } from '@magmatch/identity';
import { InvestmentApiModule } from '@magmatch/investment';
import { ListingsApiModule } from '@magmatch/listings';
import { MarketplaceSearchApiModule } from '@magmatch/marketplace-search';
import { MatchingApiModule } from '@magmatch/matching';
import { ModerationApiModule } from '@magmatch/moderation';
import { MonitoringApiModule } from '@magmatch/monitoring';
import { NotificationsApiModule } from '@magmatch/notifications';
import { PromotionsApiModule } from '@magmatch/promotions';
import { QuotesApiModule } from '@magmatch/quotes';
import { RequirementsApiModule } from '@magmatch/requirements';
import { TradeApiModule } from '@magmatch/trade';

/** The domain modules with their GraphQL resolvers. */
export const API_MODULES: Type[] = [
  IdentityApiModule,
  CatalogApiModule,
  ListingsApiModule,
  MarketplaceSearchApiModule,
  MatchingApiModule,
  RequirementsApiModule,
  ModerationApiModule,
  NotificationsApiModule,
  PromotionsApiModule,
  TradeApiModule,
  QuotesApiModule,
  MonitoringApiModule,
  InvestmentApiModule,
];

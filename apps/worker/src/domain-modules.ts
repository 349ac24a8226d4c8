import type { Type } from '@nestjs/common';
import { IdentityModule } from '@magmatch/identity';
import { ListingsModule } from '@magmatch/listings';
import { MarketplaceSearchModule } from '@magmatch/marketplace-search';
import { MatchingModule } from '@magmatch/matching';
import { ModerationModule } from '@magmatch/moderation';
import { MonitoringModule } from '@magmatch/monitoring';
import { NotificationsModule } from '@magmatch/notifications';
import { PromotionsModule } from '@magmatch/promotions';
import { QuotesModule } from '@magmatch/quotes';
import { RequirementsModule } from '@magmatch/requirements';

/** The domain modules, without their GraphQL resolvers: what the worker runs. */
export const DOMAIN_MODULES: Type[] = [IdentityModule, ModerationModule, ListingsModule, RequirementsModule, MarketplaceSearchModule, MatchingModule, PromotionsModule, QuotesModule, NotificationsModule, MonitoringModule];

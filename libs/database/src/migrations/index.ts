import { MessagingFoundation1764367200000 } from './1764367200000-messaging-foundation.js';
import { Identity1764370800000 } from './1764370800000-identity.js';
import { ListingsAndAudit1764374400000 } from './1764374400000-listings-and-audit.js';
import { Requirements1764378000000 } from './1764378000000-requirements.js';
import { OrganizationProfile1764381600000 } from './1764381600000-organization-profile.js';
import { Matches1764385200000 } from './1764385200000-matches.js';
import { Notifications1764388800000 } from './1764388800000-notifications.js';
import { Promotions1764392400000 } from './1764392400000-promotions.js';
import { SignInFailures1764396000000 } from './1764396000000-sign-in-failures.js';
import { RefreshTokens1764399600000 } from './1764399600000-refresh-tokens.js';
import { OrganizationCapabilities1764403200000 } from './1764403200000-organization-capabilities.js';
import { CompositionsAndTypedDesignations1764406800000 } from './1764406800000-compositions-and-typed-designations.js';
import { MaterialClasses1764414000000 } from './1764414000000-material-classes.js';
import { PropertyRanges1764417600000 } from './1764417600000-property-ranges.js';
import { GradeCatalogue1764421200000 } from './1764421200000-grade-catalogue.js';
import { TemplateConstraints1764424800000 } from './1764424800000-template-constraints.js';
import { ReferencePrices1764428400000 } from './1764428400000-reference-prices.js';
import { Trade1764432000000 } from './1764432000000-trade.js';
import { SubsidyModels1764435600000 } from './1764435600000-subsidy-models.js';
import { FirstBatchCatalogue1764439200000 } from './1764439200000-first-batch-catalogue.js';
import { Monitoring1764442800000 } from './1764442800000-monitoring.js';
import { Investment1764446400000 } from './1764446400000-investment.js';
import { TechChallenges1764450000000 } from './1764450000000-tech-challenges.js';
import { SignInFailuresToRateLimits1764453600000 } from './1764453600000-sign-in-failures-to-rate-limits.js';

/** Every migration, oldest first. `npm run migration:generate` appends here. */
export const MIGRATIONS = [
  MessagingFoundation1764367200000,
  Identity1764370800000,
  ListingsAndAudit1764374400000,
  Requirements1764378000000,
  OrganizationProfile1764381600000,
  Matches1764385200000,
  Notifications1764388800000,
  Promotions1764392400000,
  SignInFailures1764396000000,
  RefreshTokens1764399600000,
  OrganizationCapabilities1764403200000,
  CompositionsAndTypedDesignations1764406800000,
  MaterialClasses1764414000000,
  PropertyRanges1764417600000,
  GradeCatalogue1764421200000,
  TemplateConstraints1764424800000,
  ReferencePrices1764428400000,
  Trade1764432000000,
  SubsidyModels1764435600000,
  FirstBatchCatalogue1764439200000,
  Monitoring1764442800000,
  Investment1764446400000,
  TechChallenges1764450000000,
  SignInFailuresToRateLimits1764453600000,
];

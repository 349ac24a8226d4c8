import { defineEvent } from '@magmatch/messaging';
import type { RuleOutcome } from './promotion-rules.js';

/** A program opened; eligible buyers hear of it. */
export const PromotionLaunched = defineEvent<{ programId: string }>('promotions.program-launched');

/** A recorded purchase may qualify for an open program (PASS, or UNKNOWN with to-dos). */
export const PurchaseEligible = defineEvent<{ purchaseId: string; programId: string; outcome: RuleOutcome }>('promotions.purchase-eligible');

/** A moderator granted or rejected an application. */
export const ApplicationDecided = defineEvent<{ applicationId: string }>('promotions.application-decided');

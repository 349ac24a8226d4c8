import { defineEvent } from '@magmatch/messaging';

/**
 * A requirement was opened, rejected, edited back to review, awarded or closed. Recorded in the outbox with
 * the change; subscribers reload the requirement.
 */
export const RequirementChanged = defineEvent<{ requirementId: string }>('requirements.requirement-changed');

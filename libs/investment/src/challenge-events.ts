import { defineEvent } from '@magmatch/messaging';

/** A technology challenge opened: the association hears of it, to bring its experts to it. */
export const TechChallengeOpened = defineEvent<{ challengeId: string }>('investment.tech-challenge-opened');

/** The association recorded an expert's application to a challenge: its owner hears of it. */
export const TechChallengeApplied = defineEvent<{ challengeId: string; expertId: string }>('investment.tech-challenge-applied');

/** The owner awarded a challenge to an applicant: the association hears of it, to tell the expert. */
export const TechChallengeAwarded = defineEvent<{ challengeId: string; expertId: string }>('investment.tech-challenge-awarded');

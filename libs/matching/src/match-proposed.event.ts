import { defineEvent } from '@magmatch/messaging';

/** A new match was stored; the notification centre tells the buyer and the supplier. Once per match. */
export const MatchProposed = defineEvent<{ matchId: string }>('matching.match-proposed');

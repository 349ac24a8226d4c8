import { defineEvent } from '@magmatch/messaging';
import type { MatchState } from './match.entity.js';

/** A new match was stored; the notification centre tells the buyer and the supplier. Once per match. */
export const MatchProposed = defineEvent<{ matchId: string }>('matching.match-proposed');

/** A match moved to `state` (endorsed, answered, accepted, dismissed). Once per match and state. */
export const MatchStateChanged = defineEvent<{ matchId: string; state: MatchState }>('matching.match-state-changed');

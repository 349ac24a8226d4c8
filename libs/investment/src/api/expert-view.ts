import type { ExpertEntity } from '../expert.entity.js';
import type { Expert } from './investment.models.js';

/** What a reader sees of an expert: the contact details only when `contactShown` (a moderator, or the owner of a challenge the expert applied to). */
export function toExpert(expert: ExpertEntity, contactShown: boolean): Expert {
  return { id: expert.id, name: expert.name, institution: expert.institution, fields: expert.fields, contact: contactShown ? expert.contact : null };
}

import { LEXICON } from '@magmatch/catalog';

/** One criterion's part of a candidate's score, in plain words, as listing matches explain theirs. */
export interface FitReason {
  readonly criterion: string;
  /** 1: the expert works in the field; 0.5: in a related one; 0: in none. */
  readonly score: number;
  readonly detail: string;
}

export interface ExpertFit {
  /** 0..1: the mean of the challenge's fields' scores. */
  readonly score: number;
  /** One per field of the challenge, in its order. */
  readonly reasons: readonly FitReason[];
}

const key = (text: string) => text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}.]+/gu, '');
const words = (text: string) => ` ${text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}.]+/gu, ' ').trim()} `;

/**
 * Whether `term` is written inside `text`: Chinese terms of two characters or more anywhere ("压铸" in
 * "高压压铸件开裂"; "镁" alone would tie everything), others as whole words ("part" is not in "department").
 */
function contains(text: string, term: string): boolean {
  if (/\p{Script=Han}/u.test(term)) return key(term).length >= 2 && key(text).includes(key(term));
  return words(term).trim() !== '' && words(text).includes(words(term));
}

interface Concept {
  readonly name: string;
  readonly terms: readonly string[];
  readonly broader: readonly string[];
}

/** Each lexicon entry as a concept named by its first term: "腐蚀防护" and "corrosion protection" are one. */
const CONCEPTS: readonly Concept[] = LEXICON.map(({ terms, broader }) => ({ name: terms[0]!, terms, broader: broader ?? [] }));

/** Concepts every field of a magnesium platform touches, which therefore relate nothing. */
const PLATFORM_WIDE: ReadonlySet<string> = new Set(['镁', '镁合金', '零部件']);

interface FieldConcepts {
  readonly exact: Set<string>;
  readonly touched: Set<string>;
}

/** Fields already read: the same few words come back for every pair of expert and challenge. */
const READ = new Map<string, FieldConcepts>();
const MAX_READ = 10_000;

function conceptsOf(field: string): FieldConcepts {
  let concepts = READ.get(field);
  if (!concepts) {
    if (READ.size >= MAX_READ) READ.clear();
    concepts = readConcepts(field);
    READ.set(field, concepts);
  }
  return concepts;
}

/** What a field names exactly (a term of the trade written whole) and what it touches (terms inside it, and what they belong to). */
function readConcepts(field: string): FieldConcepts {
  const exact = new Set(CONCEPTS.filter((concept) => concept.terms.some((term) => key(term) === key(field))).map((concept) => concept.name));
  const inside = CONCEPTS.filter((concept) => concept.terms.some((term) => contains(field, term)));
  const touched = new Set([...exact, ...inside.map((concept) => concept.name), ...inside.flatMap((concept) => concept.broader)].filter((name) => !PLATFORM_WIDE.has(name)));
  return { exact, touched };
}

const shared = (one: Set<string>, other: Set<string>) => [...one].find((name) => other.has(name));

/** How one expert field covers one challenge field: 1 the same, 0.5 related, 0 not at all, and the words that say why. */
function coverage(wanted: string, offered: string): { score: number; why: string } {
  const [want, offer] = [conceptsOf(wanted), conceptsOf(offered)];
  if (key(wanted) === key(offered)) return { score: 1, why: `the expert works in "${offered}"` };
  const same = shared(want.exact, offer.exact);
  if (same) return { score: 1, why: `the expert works in "${offered}" (${same})` };
  const related = shared(want.touched, offer.touched);
  if (related) return { score: 0.5, why: `related: the expert works in "${offered}" (${related})` };
  if (contains(wanted, offered) || contains(offered, wanted)) return { score: 0.5, why: `related: the expert works in "${offered}"` };
  return { score: 0, why: '' };
}

/**
 * How well an expert's fields of work cover a challenge's fields, field by field, in the trade's words in
 * Chinese or English (the search lexicon of `@magmatch/catalog`): the same field scores 1 ("腐蚀防护" is
 * "corrosion protection"), a related one 0.5 ("高压压铸件开裂" touches "die casting"), none 0.
 */
export function expertFit(challengeFields: readonly string[], expertFields: readonly string[]): ExpertFit {
  const reasons = challengeFields.map((wanted): FitReason => {
    const best = expertFields.map((offered) => coverage(wanted, offered)).reduce((top, next) => (next.score > top.score ? next : top), { score: 0, why: '' });
    const detail = best.score > 0 ? `"${wanted}": ${best.why}` : `"${wanted}": none of the expert's fields (${expertFields.join(', ')}) covers it`;
    return { criterion: 'field', score: best.score, detail };
  });
  const score = reasons.length ? reasons.reduce((sum, reason) => sum + reason.score, 0) / reasons.length : 0;
  return { score: Math.round(score * 100) / 100, reasons };
}

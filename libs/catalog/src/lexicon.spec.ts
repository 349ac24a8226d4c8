import { describe, expect, it } from '@jest/globals';
import { BY_PRODUCT_TERMS, FORM_TERMS, LEXICON, MATERIAL_CLASS_TERMS, SCRAP_CLASS_TERMS, SEARCH_STOP_WORDS } from './data/lexicon.js';
import { PRODUCT_FORMS, SCENARIOS } from './data/reference.js';

/** A term as search reads it: NFKC, lower case, Latin words and single Han characters (separators do not count). */
const key = (term: string) => (term.normalize('NFKC').toLowerCase().match(/[a-z0-9]+(?:\.[0-9]+)*|\p{Script=Han}/gu) ?? []).join(' ');
const allTerms = LEXICON.flatMap((entry) => entry.terms.map(key));
const firstTerms = new Set(LEXICON.map((entry) => key(entry.terms[0]!)));

describe('the lexicon of the trade', () => {
  it('has at least 150 entries, each with its source', () => {
    expect(LEXICON.length).toBeGreaterThanOrEqual(150);
    expect(LEXICON.filter((entry) => !entry.source.trim())).toEqual([]);
  });

  it('gives every word one meaning', () => {
    expect(allTerms.filter((term, index) => allTerms.indexOf(term) !== index)).toEqual([]);
  });

  it('names only entries it has, as broader entries and parts', () => {
    const references = LEXICON.flatMap((entry) => [...(entry.broader ?? []), ...(entry.parts ?? [])]);
    expect(references.filter((term) => !firstTerms.has(key(term)))).toEqual([]);
  });

  it('covers every scenario by its own names, every form, class, scrap class and by-product kind', () => {
    const scenarioWords = new Set(LEXICON.filter((entry) => entry.kind === 'SCENARIO').flatMap((entry) => entry.terms.map(key)));
    for (const scenario of SCENARIOS) {
      expect([scenario.code, scenarioWords.has(key(scenario.nameZh)), scenarioWords.has(key(scenario.name))]).toEqual([scenario.code, true, true]);
    }
    expect(Object.keys(FORM_TERMS).sort()).toEqual([...PRODUCT_FORMS].sort());
    const named = [...Object.values(FORM_TERMS), ...Object.values(MATERIAL_CLASS_TERMS), ...Object.values(SCRAP_CLASS_TERMS), ...Object.values(BY_PRODUCT_TERMS)];
    expect(named.filter((term) => !allTerms.includes(key(term)))).toEqual([]);
  });

  it('never makes a stop word a term', () => {
    expect(SEARCH_STOP_WORDS.filter((word) => allTerms.includes(key(word)))).toEqual([]);
  });
});

import { describe, expect, it } from '@jest/globals';
import { TextAnalyzer } from './analyzer.js';
import { transpositions, typosBetween } from './typos.js';

const analyzer = new TextAnalyzer({
  synonyms: [['AZ91D', 'AZ91', 'MDC1D', 'EN-MC21120', 'UNS M11916']],
  vocabulary: [
    { terms: ['镁合金', 'magnesium alloy'] },
    { terms: ['压铸', '压铸件', 'die casting', 'die-cast'] },
    { terms: ['挤压材', 'extrusion'] },
    { terms: ['管材', 'tube'], broader: ['挤压材'] },
    { terms: ['镁合金压铸件', 'magnesium die casting'], parts: ['镁合金', '压铸'] },
  ],
  stopWords: ['的', '件'],
});
const word = (term: string) => analyzer.queryWords(term)[0]!;

describe('TextAnalyzer', () => {
  it('reads a compound as its parts, on both sides', () => {
    expect(analyzer.queryWords('镁合金压铸件')).toEqual([word('镁合金'), word('压铸')]);
    expect(analyzer.documentWords('AZ91D 镁合金 die-cast housing')).toEqual(['az91d', word('镁合金'), word('压铸'), 'die', 'cast', 'housing']);
  });

  it('gives a narrow word its broader one in documents only', () => {
    expect(analyzer.documentWords('镁合金管材')).toEqual([word('镁合金'), word('管材'), word('挤压材')]);
    expect(analyzer.queryWords('管材')).toEqual([word('管材')]);
  });

  it('reads full-width text and any designation of a grade as its code', () => {
    expect(analyzer.queryWords('ＡＺ９１Ｄ')).toEqual(['az91d']);
    expect(analyzer.queryWords('MDC1D')).toEqual(['az91d']);
    expect(analyzer.queryWords('EN-MC21120 压铸件')).toEqual(['az91d', word('压铸')]);
    expect(analyzer.queryWords('die-cast AZ 91D housing')).toEqual([word('压铸'), 'az91d', 'housing']);
    expect(analyzer.queryWords('UNS M11916')).toEqual(['az91d']);
  });

  it('splits other Han text into characters and drops stop words', () => {
    expect(analyzer.queryWords('池州的镁合金')).toEqual(['池', '州', word('镁合金')]);
  });

  it("keeps a term's Latin words in documents, so part of a term, a typo or a word's start still meets them", () => {
    expect(analyzer.documentWords('Laptop die-cast housing')).toEqual(['laptop', word('压铸'), 'die', 'cast', 'housing']);
    expect(analyzer.queryWords('magnesuim alloy')).toEqual(['magnesuim', 'alloy']);
    expect(analyzer.queryWords('metal')).toEqual(['metal']);
  });

  it('makes vocabulary words plain ASCII of one length, exact', () => {
    expect(word('压铸')).toMatch(/^lx[0-9a-f]{8}$/);
    expect(analyzer.exactWords.has(word('压铸'))).toBe(true);
  });
});

describe("Meilisearch's typo rules", () => {
  it.each([
    { word: 'az91d', term: 'az91d', prefix: false, typos: 0 },
    { word: 'az91d', term: 'az91e', prefix: false, typos: 1 },
    { word: 'az19d', term: 'az91d', prefix: false, typos: 1 }, // two digits swapped: one typo
    { word: 'bz91d', term: 'az91d', prefix: false, typos: Infinity }, // first letter: two typos, over a budget of one
    { word: 'am60', term: 'am50', prefix: false, typos: Infinity }, // under five characters: no typo
    { word: 'magnesuim', term: 'magnesium', prefix: false, typos: 1 },
    { word: 'magnseium', term: 'magnesium', prefix: false, typos: 1 },
    { word: 'seat', term: 'seating', prefix: true, typos: 0 },
    { word: 'extrsion', term: 'extrusions', prefix: true, typos: 1 },
  ])('$word against $term costs $typos', ({ word: query, term, prefix, typos }) => {
    expect(typosBetween(query, term, prefix)).toBe(typos);
  });

  it('swaps each pair of neighbours once', () => {
    expect(transpositions('az91')).toEqual(['za91', 'a9z1', 'az19']);
  });
});

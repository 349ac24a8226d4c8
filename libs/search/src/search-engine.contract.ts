import { beforeAll, describe, expect, it } from '@jest/globals';
import type { SearchDocument, SearchEngine, SearchIndexSpec } from '@magmatch/core';

const SPEC: SearchIndexSpec = {
  name: 'contract_listings',
  searchable: ['title', 'description', 'grade'],
  filterable: ['grade', 'form', 'city', 'certifications', 'capacity', 'state'],
  exact: ['grade'],
  synonyms: [
    ['AZ91D', 'AZ91', 'EN-MC21120', 'MgAl9Zn1', 'MgAl9Zn1(A)', 'UNS M11916', 'M11916'],
    ['AM60B', 'AM60', 'EN-MC21230', 'MgAl6Mn'],
  ],
  vocabulary: [
    { terms: ['压铸', '压铸件', 'die casting', 'die-cast'] },
    { terms: ['挤压材', 'extrusion', 'extruded'] },
    { terms: ['型材', 'profile'], broader: ['挤压材'] },
    { terms: ['镁合金', 'magnesium alloy'] },
    { terms: ['镁合金压铸件', 'magnesium die casting'], parts: ['镁合金', '压铸'] },
  ],
  stopWords: ['的'],
};

const doc = (id: string, fields: Record<string, unknown>): SearchDocument =>
  ({ id, state: 'PUBLISHED', certifications: [], ...fields }) as SearchDocument;

const DOCUMENTS: SearchDocument[] = [
  doc('seat-frame', { title: 'AM60B 压铸座椅骨架', description: 'die-cast seat frame for cars', grade: 'AM60B', form: 'DIE_CASTING', city: 'Chizhou', certifications: ['IATF16949', 'ISO9001'], capacity: 150 }),
  doc('laptop', { title: 'AZ91D 笔记本外壳', description: 'die-cast laptop housing', grade: 'AZ91D', form: 'DIE_CASTING', city: 'Hefei', certifications: ['ROHS'], capacity: 60 }),
  doc('ingot', { title: 'AZ91D alloy ingot', description: 'magnesium alloy ingot 镁合金锭', grade: 'AZ91D', form: 'INGOT', city: 'Chizhou', certifications: ['ISO9001'], capacity: 2000 }),
  doc('formwork', { title: 'AZ31B 建筑模板型材', description: 'extrusion profile for building formwork', grade: 'AZ31B', form: 'EXTRUSION', city: 'Hefei', capacity: 1200 }),
  doc('ebike', { title: 'AZ61A extruded e-bike frame tube', description: 'high strength extrusion', grade: 'AZ61A', form: 'EXTRUSION', city: 'Chizhou', capacity: 300 }),
  doc('draft', { title: 'AZ91D secret draft ingot', description: 'not yet reviewed', grade: 'AZ91D', form: 'INGOT', city: 'Hefei', capacity: 10, state: 'DRAFT' }),
];
const PUBLISHED_ONLY = [{ field: 'state', op: 'in' as const, values: ['PUBLISHED'] }];

/** What every {@link SearchEngine} adapter must do, on a small zh/en magnesium catalogue. */
export function describeSearchEngineContract(adapter: string, open: () => Promise<SearchEngine>): void {
  describe(`SearchEngine contract: ${adapter}`, () => {
    let engine: SearchEngine;
    const find = async (query: string, extra: Partial<Parameters<SearchEngine['search']>[1]> = {}) =>
      (await engine.search(SPEC.name, { query, scope: PUBLISHED_ONLY, limit: 50, ...extra })).ids.sort();

    beforeAll(async () => {
      engine = await open();
      await engine.ensureIndex(SPEC);
      await engine.ensureIndex(SPEC);
      await engine.upsert(SPEC.name, DOCUMENTS);
    });

    it('finds English and Chinese words, every word of the query required', async () => {
      expect(await find('die cast')).toEqual(['laptop', 'seat-frame']);
      expect(await find('座椅骨架')).toEqual(['seat-frame']);
      expect(await find('镁合金')).toEqual(['ingot']);
      expect(await find('laptop housing')).toEqual(['laptop']);
      expect(await find('laptop formwork')).toEqual([]);
    });

    it('returns the attributes asked for with each hit, in the order of the hits, and nothing else', async () => {
      const result = await engine.search(SPEC.name, { query: 'die cast', scope: PUBLISHED_ONLY, filter: [{ field: 'city', op: 'in', values: ['Hefei'] }], retrieve: ['title', 'capacity', 'missing'] });
      expect(result.ids).toEqual(['laptop']);
      expect(result.documents).toEqual([{ title: 'AZ91D 笔记本外壳', capacity: 60 }]);
      expect((await engine.search(SPEC.name, { query: 'die cast', scope: PUBLISHED_ONLY, limit: 1 })).documents).toEqual([{}]);
    });

    it('treats every designation of a grade as the grade', async () => {
      for (const typed of ['AZ91D', 'az91', 'EN-MC21120', 'MgAl9Zn1', 'AZ91-D', 'UNS M11916']) {
        expect(await find(`${typed} ingot`)).toEqual(['ingot']);
      }
      expect(await find('MgAl6Mn')).toEqual(['seat-frame']);
    });

    it("reads the vocabulary: synonyms in both languages, a narrow word under its broader one, a compound by its parts", async () => {
      expect(await find('压铸件')).toEqual(['laptop', 'seat-frame']);
      expect(await find('挤压材')).toEqual(['ebike', 'formwork']);
      expect(await find('型材')).toEqual(['formwork']);
      expect(await find('镁合金压铸件')).toEqual([]);
      expect(await find('magnesium alloy 的 ingot')).toEqual(['ingot']);
    });

    it('counts two swapped neighbours as one typo, in grade codes too', async () => {
      expect(await find('AZ19D')).toEqual(['ingot', 'laptop']);
      expect(await find('lpatop')).toEqual(['laptop']);
      expect(await find('ZA91D')).toEqual([]);
    });

    it('forgives typos by word length and completes the last word as a prefix', async () => {
      expect(await find('extrusoin')).toEqual(['ebike', 'formwork']);
      expect(await find('magnesuim alloy')).toEqual(['ingot']);
      expect(await find('buildin formwork')).toEqual(['formwork']);
      expect(await find('housng')).toEqual(['laptop']);
      expect(await find('tube')).toEqual(['ebike']);
      expect(await find('tubr')).toEqual([]);
      expect(await find('formw')).toEqual(['formwork']);
      expect(await find('formw building')).toEqual([]);
    });

    it('filters by values, every certification, and number ranges', async () => {
      expect(await find('', { filter: [{ field: 'grade', op: 'in', values: ['AZ91D'] }] })).toEqual(['ingot', 'laptop']);
      expect(await find('', { filter: [{ field: 'certifications', op: 'all', values: ['IATF16949', 'ISO9001'] }] })).toEqual(['seat-frame']);
      expect(await find('', { filter: [{ field: 'capacity', op: 'gte', value: 300 }, { field: 'city', op: 'in', values: ['Chizhou'] }] }))
        .toEqual(['ebike', 'ingot']);
      expect(await find('', { filter: [{ field: 'capacity', op: 'lte', value: 100 }] })).toEqual(['laptop']);
    });

    it('counts facet values over all matching documents', async () => {
      const result = await engine.search(SPEC.name, { query: '', scope: PUBLISHED_ONLY, facets: ['form', 'city'], limit: 1 });
      expect(result.total).toBe(5);
      expect(result.ids).toHaveLength(1);
      expect(result.facets).toEqual({
        form: { DIE_CASTING: 2, INGOT: 1, EXTRUSION: 2 },
        city: { Chizhou: 3, Hefei: 2 },
      });
    });

    it.each([
      ['a quote and OR', 'AZ91D" OR state = "DRAFT'],
      ['a backslash before the quote', 'AZ91D\\" OR state = "DRAFT'],
      ['NOT and parentheses', ') OR (NOT state = "PUBLISHED'],
      ['AND with an always-true clause', 'x" AND id EXISTS OR grade = "AZ91D'],
      ['a 10,000-character value', 'A'.repeat(10_000)],
    ])('never widens the scope with a hostile filter value: %s', async (_case, value) => {
      const ids = await find('', { filter: [{ field: 'grade', op: 'in', values: [value] }] });
      expect(ids).toEqual([]);
      const all = await find('', { filter: [{ field: 'city', op: 'in', values: ['Hefei', value] }] });
      expect(all).toEqual(['formwork', 'laptop']);
    });

    it('refuses attributes that are not declared filterable', async () => {
      await expect(engine.search(SPEC.name, { filter: [{ field: 'description', op: 'in', values: ['x'] }] })).rejects.toThrow(
        /not a filterable attribute/,
      );
    });

    it('replaces a document on upsert and forgets it on remove', async () => {
      await engine.upsert(SPEC.name, [doc('temp', { title: 'WE43 aerospace casting', grade: 'WE43', form: 'SAND_CASTING', capacity: 5 })]);
      expect(await find('aerospace')).toEqual(['temp']);
      await engine.upsert(SPEC.name, [doc('temp', { title: 'WE43 implant casting', grade: 'WE43', form: 'SAND_CASTING', capacity: 5 })]);
      expect(await find('aerospace')).toEqual([]);
      expect(await find('implant')).toEqual(['temp']);
      expect(await engine.count(SPEC.name)).toBe(DOCUMENTS.length + 1);
      await engine.remove(SPEC.name, ['temp', 'never-indexed']);
      expect(await find('implant')).toEqual([]);
      expect(await engine.count(SPEC.name)).toBe(DOCUMENTS.length);
    });

    it('rebuilds an index in place: searches during the rebuild see the old content, then only the new', async () => {
      const spec = { ...SPEC, name: `${SPEC.name}_rebuild` };
      await engine.ensureIndex(spec);
      await engine.upsert(spec.name, DOCUMENTS);
      let release = () => {};
      const gate = new Promise<void>((resolve) => (release = resolve));
      async function* batches() {
        yield [doc('new-1', { title: 'AM50A rebuilt steering armature', grade: 'AM50A', form: 'DIE_CASTING', capacity: 50 })];
        await gate;
        yield [doc('new-2', { title: 'AZ31B rebuilt sheet', grade: 'AZ31B', form: 'SHEET', capacity: 20 })];
      }
      const rebuilding = engine.replaceAll(spec, batches());
      await new Promise((resolve) => setTimeout(resolve, 300));
      const during = await engine.search(spec.name, { query: 'ingot', scope: PUBLISHED_ONLY });
      expect(during.ids).toEqual(['ingot']);
      expect((await engine.search(spec.name, { query: 'rebuilt' })).ids).toEqual([]);
      release();
      expect(await rebuilding).toBe(2);
      expect((await engine.search(spec.name, { query: '', limit: 50 })).ids.sort()).toEqual(['new-1', 'new-2']);
      expect(await engine.count(spec.name)).toBe(2);
    });

    it('reports itself healthy', async () => {
      expect(await engine.isHealthy()).toBe(true);
    });
  });
}

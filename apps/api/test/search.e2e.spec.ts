import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DemoMarketSeeder } from '../../../seeds/demo-market.seeder.js';
import { MODERATOR_ENV, signInModerator } from '../../../test/support/market.js';
import { engineProfilesUnderTest, TestApp } from '../../../test/support/test-app.js';
import { waitFor } from '../../../test/support/wait-for.js';

const SEARCH = `query($input: ListingSearchInput!) { searchListings(input: $input) {
  totalHits hits { id title form materialClass grade { code } scrap { scrapClass } byProduct { kind } properties { elongationPct } certifications } facets { field values { value count } } } }`;

interface Hit {
  id: string;
  title: string;
  form: string;
  grade: { code: string } | null;
  materialClass: string;
  scrap: { scrapClass: string } | null;
  byProduct: { kind: string } | null;
  properties: { elongationPct: number | null };
  certifications: string[];
}
interface SearchResult {
  searchListings: { totalHits: number; hits: Hit[]; facets: { field: string; values: { value: string; count: number }[] }[] };
}

for (const profile of engineProfilesUnderTest()) {
  describe(`searchListings on the ${profile} engines`, () => {
    let app: TestApp;
    const search = async (input: Record<string, unknown>) => {
      const response = await app.graphql<SearchResult>(SEARCH, { input: { limit: 100, ...input } });
      if (!response.body.data) throw new Error(JSON.stringify(response.body.errors));
      return response.body.data.searchListings;
    };

    beforeAll(async () => {
      app = await TestApp.start(profile, MODERATOR_ENV);
      await app.app.get(DemoMarketSeeder).seed(() => undefined);
      await waitFor('the index to catch up with 78 published listings', async () => (await search({})).totalHits === 78, 30_000);
    });

    afterAll(async () => {
      await app.close();
    });

    it('finds listings by Chinese and English words', async () => {
      // The seat frames, and the AM60B ingot its producer offers for seat frames: a scenario's name finds its listings.
      const seatFrames = await search({ query: '座椅骨架', materialClasses: ['ALLOY'] });
      expect(seatFrames.hits.map((hit) => [hit.grade?.code, hit.form]).sort()).toEqual([...Array(3).fill(['AM60B', 'DIE_CASTING']), ...Array(3).fill(['AM60B', 'INGOT'])]);
      // The OEM's painted seat-frame rejects are scrap: the class filter keeps them apart.
      const rejects = await search({ query: '座椅骨架', materialClasses: ['SCRAP'] });
      expect(rejects.hits.map((hit) => [hit.materialClass, hit.scrap?.scrapClass])).toEqual(Array(3).fill(['SCRAP', 'TYPE_II']));
      const slag = await search({ query: 'slag', materialClasses: ['BY_PRODUCT'] });
      expect(slag.hits.map((hit) => [hit.grade, hit.byProduct?.kind])).toEqual(Array(3).fill([null, 'REDUCTION_SLAG']));
      // "alloy ingot" is 合金锭: the recycled AZ91D ingot (titled "Recycled AZ91D ingot" in English) is one too.
      const ingots = await search({ query: 'alloy ingot' });
      expect(new Set(ingots.hits.map((hit) => hit.form))).toEqual(new Set(['INGOT']));
      expect(ingots.totalHits).toBe(9);
    });

    it('matches grades by any designation, and filters by properties and certifications', async () => {
      const az91 = await search({ grades: ['EN-MC21120'] });
      expect(az91.totalHits).toBeGreaterThan(0);
      expect(az91.hits.every((hit) => hit.grade?.code === 'AZ91D')).toBe(true);
      const crashSafe = await search({ minElongationPct: 8, certifications: ['IATF 16949'] });
      expect(crashSafe.totalHits).toBeGreaterThan(0);
      expect(crashSafe.hits.every((hit) => hit.properties.elongationPct! >= 8 && hit.certifications.includes('IATF16949'))).toBe(true);
      expect(crashSafe.hits.some((hit) => hit.grade?.code === 'AZ91D')).toBe(false);
    });

    it('counts facets over every match', async () => {
      const all = await search({ limit: 1 });
      const forms = all.facets.find((facet) => facet.field === 'form')!.values;
      expect(forms.reduce((sum, value) => sum + value.count, 0)).toBe(78);
      expect(all.hits).toHaveLength(1);
    });

    it('drops an archived listing from the index and never shows one under review', async () => {
      const [first] = (await search({ query: '座椅骨架' })).hits;
      const moderator = await signInModerator(app);
      await app.graphql(`mutation($id: ID!) { archiveListing(id: $id) { id } }`, { id: first!.id }, moderator);
      // At once: the index may still hold it, but a hit no longer published is never shown.
      expect((await search({ query: '座椅骨架' })).hits.some((hit) => hit.id === first!.id)).toBe(false);
      await waitFor('the archived listing to leave the index', async () =>
        !(await search({ query: '座椅骨架' })).hits.some((hit) => hit.id === first!.id),
      );
    });

    it('refuses an unknown grade and a page beyond the limit', async () => {
      const unknown = await app.graphql(SEARCH, { input: { grades: ['AZ99Z'] } });
      expect(unknown.body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'grades' } });
      const tooMany = await app.graphql(SEARCH, { input: { limit: 1000 } });
      expect(tooMany.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });
  });
}

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { MODERATOR_ENV, publishListing, signInModerator, signUp, type Account } from '../../../test/support/market.js';
import { settled } from '../../../test/support/settled.js';
import { engineProfilesUnderTest, TestApp } from '../../../test/support/test-app.js';

/** Strings that have broken search backends, SQL, filters, templates and terminals. */
const HOSTILE = [
  "' OR 1=1 --",
  "'; DROP TABLE listings; --",
  'AM60B" OR grade = "AZ91D',
  'AM60B\\" OR state = "DRAFT',
  '") OR (1=1',
  '<script>alert(1)</script>',
  '{{constructor.constructor("return process")()}}',
  '\u0000nul',
  '\u202Eevil',
  '𝕄𝕘 🧲 镁',
  'a'.repeat(300),
  '%00%27',
  '$where: 1',
];
const hostile = fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ unit: 'binary', maxLength: 80 }), fc.string({ maxLength: 40 }));
const SEARCH = `query($input: ListingSearchInput!) { searchListings(input: $input) { totalHits hits { title city state: __typename } } }`;

for (const profile of engineProfilesUnderTest()) {
  describe(`hostile input on the ${profile} engines`, () => {
    let app: TestApp;
    let supplier: Account;
    let published: number;

    const search = async (input: Record<string, unknown>) => {
      const response = await app.graphql<{ searchListings: { totalHits: number; hits: { title: string; city: string }[] } }>(SEARCH, { input });
      expect(response.status).toBeLessThan(500);
      const codes = (response.body.errors ?? []).map((error) => error.extensions?.code);
      expect(codes.filter((code) => code !== 'BAD_USER_INPUT')).toEqual([]);
      return response.body.data?.searchListings ?? null;
    };

    beforeAll(async () => {
      app = await TestApp.start(profile, MODERATOR_ENV);
      const moderator = await signInModerator(app);
      supplier = await signUp(app, 'SUPPLIER', 0);
      await publishListing(app, supplier.token, moderator, { title: 'AM60B seat frames' });
      await publishListing(app, supplier.token, moderator, { title: 'AZ91D housings', grade: 'az91d', scenarios: ['HOUSING_3C'], city: 'Hefei' });
      // A draft that no search may ever return, however its filter is bent.
      await app.graphql(
        `mutation($input: CreateListingInput!) { createListing(input: $input) { id } }`,
        { input: { title: 'AM60B draft secret', grade: 'AM60B', form: 'DIE_CASTING', monthlyCapacityTonnes: 10, properties: { basis: 'TYPICAL' } } },
        supplier.token,
      );
      await settled(app);
      published = (await search({}))!.totalHits;
      expect(published).toBe(2);
    });

    afterAll(async () => {
      await app.close();
    });

    it('never fails or widens a search, whatever the query text or filter values', async () => {
      await fc.assert(
        fc.asyncProperty(hostile, async (text) => {
          const results = [
            await search({ query: text }),
            await search({ query: `AM60B ${text}` }),
            await search({ cities: [text] }),
            await search({ grades: ['AM60B', text] }),
            await search({ certifications: [text] }),
          ];
          for (const result of results.filter((found) => found !== null)) {
            expect(result.totalHits).toBeLessThanOrEqual(published);
            expect(result.hits.map((hit) => hit.title)).not.toContain('AM60B draft secret');
          }
          if (results[2]) expect(results[2].hits.every((hit) => hit.city === text)).toBe(true);
          if (results[4]) expect(results[4].totalHits).toBe(0);
        }),
        { numRuns: 40 },
      );
    });

    it('stores hostile text as given or refuses it clearly, never with a server error', async () => {
      await fc.assert(
        fc.asyncProperty(hostile, async (text) => {
          const response = await app.graphql<{ createListing: { title: string; description: string | null } }>(
            `mutation($input: CreateListingInput!) { createListing(input: $input) { title description } }`,
            { input: { title: `AM60B ${text}`.slice(0, 200), description: text, grade: 'AM60B', form: 'DIE_CASTING', monthlyCapacityTonnes: 10, properties: { basis: 'TYPICAL' } } },
            supplier.token,
          );
          expect(response.status).toBeLessThan(500);
          const codes = (response.body.errors ?? []).map((error) => error.extensions?.code);
          expect(codes.filter((code) => code !== 'BAD_USER_INPUT')).toEqual([]);
          if (response.body.data) expect(response.body.data.createListing.description).toBe(text.trim() || null);
        }),
        { numRuns: 30 },
      );
    });
  });
}

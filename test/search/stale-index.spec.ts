import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SEARCH_ENGINE, type SearchEngine } from '@magmatch/core';
import { LISTINGS_INDEX, LISTINGS_TEXT_VERSION, ListingSearch } from '@magmatch/marketplace-search';
import { MODERATOR_ENV, publishListing, signInModerator, signUp } from '../support/market.js';
import { engineProfilesUnderTest, TestApp } from '../support/test-app.js';
import { waitFor } from '../support/wait-for.js';

/** A Meilisearch index analysed with another lexicon (or by a release before one) is rebuilt at start. */
(engineProfilesUnderTest().includes('real') ? describe : describe.skip)('a listings index analysed otherwise, on Meilisearch', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await TestApp.start('real', MODERATOR_ENV);
    const supplier = await signUp(app, 'SUPPLIER', 0);
    await publishListing(app, supplier.token, await signInModerator(app));
  });

  afterAll(async () => {
    await app.close();
  });

  it('is indexed again at start, so the lexicon of today finds its listings', async () => {
    const engine = app.app.get<SearchEngine>(SEARCH_ENGINE);
    const search = app.app.get(ListingSearch);
    await waitFor('the listing to be indexed', async () => (await search.search({ limit: 1 })).total === 1, 30_000);
    const [listing] = (await search.search({ limit: 1 })).listings;
    await engine.upsert(LISTINGS_INDEX.name, [{ id: listing!.id, title: 'AM60B seat frame', state: 'PUBLISHED', textVersion: 'an-older-lexicon' }]);
    const current = () => engine.search(LISTINGS_INDEX.name, { filter: [{ field: 'textVersion', op: 'in', values: [LISTINGS_TEXT_VERSION] }], limit: 1 });
    expect((await current()).total).toBe(0);
    await search.onApplicationBootstrap();
    expect((await current()).total).toBe(1);
    expect((await search.search({ query: '座椅骨架' })).listings.map(({ id }) => id)).toEqual([listing!.id]);
  });
});

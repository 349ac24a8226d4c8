import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { TestApp } from '../../../test/support/test-app.js';

/** The console's files as `npm run build` leaves them in dist/web (the test run builds first). */
describe('the web console at /', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await TestApp.start('embedded');
  });

  afterAll(() => app?.close());

  it.each(['/', '/sign-in', '/buyer/requirements/0b9f4c1e-0000-4000-8000-000000000000'])('serves the page %s, never cached, under the strict content policy', async (path) => {
    const response = await app.http().get(path);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(response.headers['content-security-policy']).toContain("script-src 'self'");
    expect(response.text).toContain('<div id="root"></div>');
  });

  it('serves its hashed assets compressed and cached for a year; an unknown asset is 404, not the page', async () => {
    const page = await app.http().get('/');
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(page.text)![1]!;
    const asset = await app.http().get(script).set('accept-encoding', 'gzip');
    expect(asset.status).toBe(200);
    expect(asset.headers['content-encoding']).toBe('gzip');
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await app.http().get('/assets/missing-0000.js')).status).toBe(404);
  });

  it('leaves the API its own paths', async () => {
    expect((await app.http().get('/health')).headers['content-type']).toMatch(/json/);
    const graphql = await app.http().post('/graphql').send({ query: '{ health { database { up } } }' });
    expect(graphql.body.data.health.database.up).toBe(true);
  });
});

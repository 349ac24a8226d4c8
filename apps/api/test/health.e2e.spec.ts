import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { engineProfilesUnderTest, TestApp } from '../../../test/support/test-app.js';

const HEALTH = `{ health { database { engine up } queue { engine up } search { engine up } } }`;

const expectedEngines = {
  embedded: { database: 'pglite', queue: 'embedded', search: 'embedded' },
  real: { database: 'postgres', queue: 'bullmq', search: 'meilisearch' },
};

for (const profile of engineProfilesUnderTest()) {
  describe(`API health on the ${profile} engines`, () => {
    let app: TestApp;

    beforeAll(async () => {
      app = await TestApp.start(profile);
    });

    afterAll(async () => {
      await app.close();
    });

    it('answers the public health query with each engine up', async () => {
      const { status, body } = await app.graphql(HEALTH);
      const engines = expectedEngines[profile];
      expect(status).toBe(200);
      expect(body).toEqual({
        data: {
          health: {
            database: { engine: engines.database, up: true },
            queue: { engine: engines.queue, up: true },
            search: { engine: engines.search, up: true },
          },
        },
      });
    });

    it('serves liveness at /health and readiness of every engine at /ready', async () => {
      expect((await app.http().get('/health')).status).toBe(200);
      const ready = await app.http().get('/ready');
      expect(ready.status).toBe(200);
      expect(ready.body.details).toEqual({
        database: { status: 'up', engine: expectedEngines[profile].database },
        queue: { status: 'up', engine: expectedEngines[profile].queue },
        search: { status: 'up', engine: expectedEngines[profile].search },
      });
    });

    it('tags every response with a request id, keeping a sane one the client sent', async () => {
      const given = await app.http().get('/health').set('x-request-id', 'trace-123');
      expect(given.headers['x-request-id']).toBe('trace-123');
      const hostile = await app.http().get('/health').set('x-request-id', '<script>');
      expect(hostile.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    });

    it('answers a bad query with a coded error and no stack trace', async () => {
      const { status, body } = await app.graphql('{ health { database { engine version } } }');
      expect(status).toBe(400);
      expect(body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(body.errors?.[0]?.message).toContain('Cannot query field "version"');
      expect(JSON.stringify(body)).not.toMatch(/stacktrace|\bat .*\.(js|ts):\d+/);
    });

    it('refuses a GET mutation-style request without CSRF-safe headers', async () => {
      const response = await app.http().get('/graphql').query({ query: HEALTH });
      expect(response.status).toBe(400);
      expect(response.text).toContain('CSRF');
    });

    it('serves the GraphQL IDE from the installed package, with no external assets', async () => {
      const page = await app.http().get('/ide');
      expect(page.status).toBe(200);
      expect(page.text).toContain('AltairGraphQL.init');
      expect(page.text).toContain('endpointURL: `/graphql`');
      expect(page.text).not.toMatch(/(src|href)="https?:\/\//);
      for (const asset of ['main.js', 'polyfills.js', 'styles.css']) {
        expect((await app.http().get(`/ide/${asset}`)).status).toBe(200);
      }
    });
  });
}

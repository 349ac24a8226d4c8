import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { signUp } from '../../../test/support/market.js';
import { withinOneMinuteWindow } from '../../../test/support/wait-for.js';
import { engineProfilesUnderTest, TestApp } from '../../../test/support/test-app.js';

const ALLOWED = 'https://portal.anhui-magnesium.example';

for (const profile of engineProfilesUnderTest()) {
  describe(`the HTTP edge on the ${profile} engines`, () => {
    let app: TestApp;

    beforeAll(async () => {
      app = await TestApp.start(profile, { RATE_LIMIT_PER_MINUTE: '5', CORS_ORIGINS: ALLOWED });
    });

    afterAll(async () => {
      await app.close();
    });

    it('sends security headers, with a policy that still lets the IDE run its scripts', async () => {
      const api = await app.http().post('/graphql').send({ query: '{ __typename }' });
      expect(api.headers['x-content-type-options']).toBe('nosniff');
      expect(api.headers['strict-transport-security']).toMatch(/max-age=/);
      expect(api.headers['content-security-policy']).toContain("script-src 'self'");
      expect(api.headers['content-security-policy']).toMatch(/script-src 'self';/);
      expect(api.headers['x-powered-by']).toBeUndefined();
      const ide = await app.http().get('/ide');
      expect(ide.status).toBe(200);
      expect(ide.headers['content-security-policy']).toContain("script-src 'self' 'unsafe-inline'");
    });

    it('answers CORS preflights for the configured origins only', async () => {
      const preflight = (origin: string) =>
        app.http().options('/graphql').set('origin', origin).set('access-control-request-method', 'POST').set('access-control-request-headers', 'content-type');
      expect((await preflight(ALLOWED)).headers['access-control-allow-origin']).toBe(ALLOWED);
      expect((await preflight('https://evil.example')).headers['access-control-allow-origin']).toBeUndefined();
    });

    it('limits each address per minute, with a GraphQL-shaped 429', async () => {
      await withinOneMinuteWindow(5_000);
      const statuses: number[] = [];
      let last: { status: number; body: unknown; headers: Record<string, string> } | undefined;
      for (let i = 0; i < 8; i += 1) {
        last = await app.http().post('/graphql').send({ query: '{ __typename }' });
        statuses.push(last.status);
      }
      // The first test of this file may have spent one request of this minute's budget of 5.
      expect(statuses.filter((status) => status === 200).length).toBeLessThanOrEqual(5);
      expect(statuses.slice(-3)).toEqual([429, 429, 429]);
      expect(last!.body).toMatchObject({ errors: [{ extensions: { code: 'RATE_LIMITED' } }] });
      expect(Number(last!.headers['retry-after'])).toBeGreaterThan(0);
      expect((await app.http().get('/health')).status).toBe(200);
    });
  });

  describe(`the per-account rate limit on the ${profile} engines`, () => {
    let app: TestApp;

    beforeAll(async () => {
      app = await TestApp.start(profile, { RATE_LIMIT_PER_MINUTE: '1000', RATE_LIMIT_PER_ACCOUNT_PER_MINUTE: '3' });
    });

    afterAll(async () => {
      await app.close();
    });

    it('holds one account to its limit while other accounts and anonymous readers at the same address go on', async () => {
      const [busy, other] = [await signUp(app, 'SUPPLIER', 0), await signUp(app, 'BUYER', 1)];
      const me = (token?: string) => app.graphql<{ me: { id: string } }>('{ me { id } }', {}, token);
      await withinOneMinuteWindow(5_000);
      const busyStatuses = [];
      for (let i = 0; i < 5; i += 1) busyStatuses.push((await me(busy.token)).status);
      expect(busyStatuses).toEqual([200, 200, 200, 429, 429]);
      const refused = await me(busy.token);
      expect(refused.body.errors).toEqual([{ message: expect.stringMatching(/^Too many requests from this account: at most 3 a minute; retry in \d+ s$/), extensions: { code: 'RATE_LIMITED' } }]);
      expect((await me(other.token)).body.data?.me.id).toEqual(expect.any(String));
      expect((await app.graphql('{ health { database { up } } }')).status).toBe(200);
    });
  });
}

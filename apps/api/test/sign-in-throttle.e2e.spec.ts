import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { signUp } from '../../../test/support/market.js';
import { engineProfilesUnderTest, TestApp, type GraphqlResponse } from '../../../test/support/test-app.js';

const LOGIN = `mutation($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }`;
const PASSWORD = 'a-long-enough-password';

for (const profile of engineProfilesUnderTest()) {
  describe(`sign-in brute force on the ${profile} engines`, () => {
    let app: TestApp;
    const login = async (email: string, password: string) => {
      const started = performance.now();
      const response: GraphqlResponse = await app.graphql(LOGIN, { email, password });
      const error = response.body.errors?.[0];
      return {
        message: error?.message ?? 'signed in',
        code: error?.extensions?.code,
        retryAfterSeconds: error?.extensions?.retryAfterSeconds as number | undefined,
        shape: error ? { keys: Object.keys(error).sort(), extensions: Object.keys(error.extensions ?? {}).sort() } : undefined,
        ms: performance.now() - started,
      };
    };

    beforeAll(async () => {
      app = await TestApp.start(profile);
      await signUp(app, 'BUYER', 1);
    });

    afterAll(async () => {
      await app.close();
    });

    it('slows, then locks an address after 10 failures with RATE_LIMITED and the time to retry, the same for accounts that do not exist', async () => {
      const lockouts = [];
      for (const email of ['buyer1@market.example', 'nobody@market.example']) {
        const attempts = [];
        for (let i = 0; i < 10; i += 1) attempts.push(await login(email, 'wrong-password-guess'));
        expect(new Set(attempts.map((attempt) => attempt.message)).size).toBe(1);
        expect(attempts.every((attempt) => attempt.code === 'UNAUTHENTICATED')).toBe(true);
        expect(attempts[9]!.ms).toBeGreaterThan(attempts[1]!.ms + 400);
        const locked = await login(email, PASSWORD);
        expect(locked.code).toBe('RATE_LIMITED');
        expect(locked.message).toMatch(/^Too many failed sign-ins for this e-mail address; try again after \d{4}-/);
        lockouts.push(locked);
      }
      for (const locked of lockouts) {
        expect(locked.retryAfterSeconds).toBeGreaterThan(14 * 60);
        expect(locked.retryAfterSeconds).toBeLessThanOrEqual(15 * 60);
      }
      expect(lockouts[0]!.shape).toEqual(lockouts[1]!.shape);
      expect(lockouts[0]!.shape?.extensions).toEqual(['code', 'retryAfterSeconds']);
    }, 30_000);

    it('lets the right password in before the lock, and forgets the failures after a success', async () => {
      await signUp(app, 'BUYER', 2);
      for (let i = 0; i < 5; i += 1) await login('buyer2@market.example', 'wrong-password-guess');
      expect((await login('buyer2@market.example', PASSWORD)).message).toBe('signed in');
      const fresh = await login('buyer2@market.example', 'wrong-password-guess');
      expect(fresh.ms).toBeLessThan(1_000);
      expect(fresh.code).toBe('UNAUTHENTICATED');
    });
  });
}

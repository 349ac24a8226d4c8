import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { signUp } from '../../../test/support/market.js';
import { engineProfilesUnderTest, TestApp, type GraphqlResponse } from '../../../test/support/test-app.js';

const LOGIN = `mutation($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken refreshToken } }`;
const REFRESH = `mutation($token: String!) { refreshAccessToken(refreshToken: $token) { accessToken refreshToken user { email } } }`;
const EMAIL = 'buyer1@market.example';
const PASSWORD = 'a-long-enough-password';

interface Tokens {
  accessToken: string;
  refreshToken: string;
}

for (const profile of engineProfilesUnderTest()) {
  describe(`access and refresh tokens on the ${profile} engines`, () => {
    let app: TestApp;
    const codeOf = (response: GraphqlResponse) => response.body.errors?.[0]?.extensions?.code;
    const login = async (password = PASSWORD) => (await app.graphql<{ login: Tokens }>(LOGIN, { email: EMAIL, password })).body.data?.login;
    const refresh = (token: string) => app.graphql<{ refreshAccessToken: Tokens & { user: { email: string } } }>(REFRESH, { token });

    beforeAll(async () => {
      app = await TestApp.start(profile);
      await signUp(app, 'BUYER', 1);
    });

    afterAll(async () => {
      await app.close();
    });

    it('rotates a refresh token on use, and signs the family out when a spent one comes back', async () => {
      const first = (await login())!;
      expect(first.refreshToken).toMatch(/^rt_/);
      const second = (await refresh(first.refreshToken)).body.data!.refreshAccessToken;
      expect(second.user.email).toBe(EMAIL);
      expect(second.refreshToken).not.toBe(first.refreshToken);
      expect((await app.graphql(`{ me { email } }`, {}, second.accessToken)).body.data).toEqual({ me: { email: EMAIL } });

      const replayed = await refresh(first.refreshToken);
      expect(codeOf(replayed)).toBe('UNAUTHENTICATED');
      expect(replayed.body.errors![0]!.message).toMatch(/used before/);
      expect(codeOf(await refresh(second.refreshToken))).toBe('UNAUTHENTICATED');
      expect(codeOf(await refresh('rt_made-up'))).toBe('UNAUTHENTICATED');
    });

    it('revokes every refresh token when the password changes', async () => {
      const session = (await login())!;
      const wrong = await app.graphql(`mutation { changePassword(input: { currentPassword: "not-it-at-all", newPassword: "another-long-password" }) }`, {}, session.accessToken);
      expect(codeOf(wrong)).toBe('BAD_USER_INPUT');
      const changed = await app.graphql(
        `mutation($current: String!) { changePassword(input: { currentPassword: $current, newPassword: "another-long-password" }) }`,
        { current: PASSWORD },
        session.accessToken,
      );
      expect(changed.body.data).toEqual({ changePassword: true });
      expect(codeOf(await refresh(session.refreshToken))).toBe('UNAUTHENTICATED');
      expect(await login()).toBeUndefined();
      expect((await login('another-long-password'))?.refreshToken).toMatch(/^rt_/);
    });
  });
}

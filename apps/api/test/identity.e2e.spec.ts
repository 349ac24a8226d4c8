import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { engineProfilesUnderTest, TestApp, type GraphqlResponse } from '../../../test/support/test-app.js';

const REGISTER = `mutation Register($input: RegisterOrganizationInput!) {
  registerOrganization(input: $input) { accessToken user { id email role organization { id name type verificationLevel } } }
}`;
const LOGIN = `mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken user { role } } }`;
const ME = `{ me { email role displayName organization { name type city } } }`;
const VERIFY = `mutation Verify($id: ID!, $level: VerificationLevel!) { verifyOrganization(id: $id, level: $level) { id verificationLevel } }`;

const MODERATOR = { email: 'moderator@anhui-magnesium.example', password: 'moderator-password-1' };
const supplier = (overrides: Record<string, unknown> = {}) => ({
  organizationName: '池州青阳镁业 Qingyang Magnesium Co.',
  type: 'SUPPLIER',
  creditCode: '91340100MA2TXYQ4XF',
  city: 'Chizhou',
  businessType: 'manufacturer',
  email: 'sales@qingyang-mg.example',
  password: 'a-long-enough-password',
  ...overrides,
});

const errorOf = (response: GraphqlResponse) => response.body.errors?.[0];

for (const profile of engineProfilesUnderTest()) {
  describe(`identity over GraphQL on the ${profile} engines`, () => {
    let app: TestApp;
    let supplierToken: string;
    let supplierOrganizationId: string;

    beforeAll(async () => {
      app = await TestApp.start(profile, {
        BOOTSTRAP_MODERATOR_EMAIL: MODERATOR.email,
        BOOTSTRAP_MODERATOR_PASSWORD: MODERATOR.password,
      });
      const registered = await app.graphql<{ registerOrganization: { accessToken: string; user: { organization: { id: string } } } }>(
        REGISTER,
        { input: supplier() },
      );
      if (!registered.body.data) throw new Error(JSON.stringify(registered.body));
      supplierToken = registered.body.data.registerOrganization.accessToken;
      supplierOrganizationId = registered.body.data.registerOrganization.user.organization.id;
    });

    afterAll(async () => {
      await app.close();
    });

    const moderatorToken = async () =>
      (await app.graphql<{ login: { accessToken: string } }>(LOGIN, MODERATOR)).body.data!.login.accessToken;

    it('registers a supplier whose token answers `me`', async () => {
      const me = await app.graphql(ME, {}, supplierToken);
      expect(me.body).toEqual({
        data: {
          me: {
            email: 'sales@qingyang-mg.example',
            role: 'SUPPLIER',
            displayName: null,
            organization: { name: '池州青阳镁业 Qingyang Magnesium Co.', type: 'SUPPLIER', city: 'Chizhou' },
          },
        },
      });
    });

    it('registers a buyer, with the e-mail compared regardless of case', async () => {
      const buyer = supplier({ type: 'BUYER', creditCode: '91110000600037341L', email: 'Buyer@OEM.example' });
      expect(errorOf(await app.graphql(REGISTER, { input: buyer }))).toBeUndefined();
      const login = await app.graphql<{ login: { user: { role: string } } }>(LOGIN, {
        email: 'buyer@oem.example',
        password: buyer.password,
      });
      expect(login.body.data?.login.user.role).toBe('BUYER');
    });

    it.each([
      ['a malformed credit code', { creditCode: '91340100MA2TXYQ4X1', email: 'a@x.example' }, 'creditCode check character should be "F", got "1"'],
      ['a short password', { password: 'short', email: 'b@x.example' }, 'password must be 10 to 200 characters long'],
      ['a malformed e-mail', { email: 'not-an-email' }, 'email must be an e-mail address'],
      ['a 10,000-character name', { organizationName: 'x'.repeat(10_000), email: 'c@x.example' }, 'organizationName must be 1 to 200 characters long'],
    ])('refuses %s with BAD_USER_INPUT naming the field, and writes nothing', async (_case, overrides, message) => {
      const response = await app.graphql(REGISTER, { input: supplier({ creditCode: '91110000600037341L', ...overrides }) });
      expect(errorOf(response)).toMatchObject({ message, extensions: { code: 'BAD_USER_INPUT' } });
      const email = (overrides as { email?: string }).email;
      if (email?.includes('@')) {
        expect(errorOf(await app.graphql(LOGIN, { email, password: 'a-long-enough-password' }))?.extensions?.code).toBe(
          'UNAUTHENTICATED',
        );
      }
    });

    it('refuses a second account with the same e-mail or credit code with CONFLICT', async () => {
      const sameEmail = await app.graphql(REGISTER, { input: supplier({ creditCode: '91341700MA2N5B8X3U' }) });
      expect(errorOf(sameEmail)).toMatchObject({ extensions: { code: 'CONFLICT', field: 'email' } });
      const sameCode = await app.graphql(REGISTER, { input: supplier({ email: 'other@qingyang-mg.example' }) });
      expect(errorOf(sameCode)).toMatchObject({ extensions: { code: 'CONFLICT', field: 'creditCode' } });
    });

    it('does not let anyone sign up as the association', async () => {
      const response = await app.graphql(REGISTER, {
        input: supplier({ type: 'ASSOCIATION', creditCode: '91110000600037341L', email: 'fake@association.example' }),
      });
      expect(errorOf(response)?.extensions?.code).toBe('FORBIDDEN');
    });

    it('answers a wrong password and an unknown e-mail alike', async () => {
      const wrongPassword = errorOf(await app.graphql(LOGIN, { email: 'sales@qingyang-mg.example', password: 'wrong-password!' }));
      const unknownEmail = errorOf(await app.graphql(LOGIN, { email: 'nobody@nowhere.example', password: 'wrong-password!' }));
      expect(wrongPassword).toEqual(unknownEmail);
      expect(wrongPassword).toMatchObject({
        message: 'The e-mail address or the password is wrong',
        extensions: { code: 'UNAUTHENTICATED' },
      });
    });

    it('requires a valid token for `me`', async () => {
      expect(errorOf(await app.graphql(ME))?.extensions?.code).toBe('UNAUTHENTICATED');
      const forged = errorOf(await app.graphql(ME, {}, `${supplierToken.slice(0, -4)}AAAA`));
      expect(forged).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' }, message: expect.stringContaining('sign in again') });
    });

    it('lets only moderators raise a verification level, and only upwards', async () => {
      const variables = { id: supplierOrganizationId, level: 'REVIEWED' };
      expect(errorOf(await app.graphql(VERIFY, variables))?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(errorOf(await app.graphql(VERIFY, variables, supplierToken))?.extensions?.code).toBe('FORBIDDEN');

      const token = await moderatorToken();
      const QUEUE = `{ organizationReviewQueue { id verificationLevel } }`;
      expect(errorOf(await app.graphql(QUEUE, {}, supplierToken))?.extensions?.code).toBe('FORBIDDEN');
      const queue = await app.graphql<{ organizationReviewQueue: { id: string }[] }>(QUEUE, {}, token);
      expect(queue.body.data!.organizationReviewQueue.map((organization) => organization.id)).toContain(supplierOrganizationId);
      const raised = await app.graphql(VERIFY, variables, token);
      expect(errorOf(raised)).toBeUndefined();
      expect(raised.body.data).toEqual({ verifyOrganization: { id: supplierOrganizationId, verificationLevel: 'REVIEWED' } });
      const lowered = await app.graphql(VERIFY, { id: supplierOrganizationId, level: 'LISTED' }, token);
      expect(errorOf(lowered)).toMatchObject({ extensions: { code: 'CONFLICT', field: 'level' } });
      const unknown = await app.graphql(VERIFY, { id: '00000000-0000-4000-8000-000000000000', level: 'VERIFIED' }, token);
      expect(errorOf(unknown)?.extensions?.code).toBe('NOT_FOUND');
    });

    it('gives the bootstrap moderator no organisation', async () => {
      const me = await app.graphql(ME, {}, await moderatorToken());
      expect(me.body.data).toEqual({
        me: { email: MODERATOR.email, role: 'MODERATOR', displayName: null, organization: null },
      });
    });
  });
}

describe('organisation certificates', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await TestApp.start('embedded');
  });

  afterAll(async () => {
    await app.close();
  });

  const ADD = `mutation($input: AddCertificationInput!) { addOrganizationCertification(input: $input) { id code validFrom validUntil validToday } }`;
  const REMOVE = `mutation($id: ID!) { removeOrganizationCertification(id: $id) }`;
  const MINE = `{ me { organization { region cluster certifications { code validToday } } } }`;

  it('keeps certificates with their validity, shown on the organisation, changed only by their holder', async () => {
    const registered = await app.graphql<{ registerOrganization: { accessToken: string } }>(REGISTER, {
      input: supplier({ region: 'Anhui', cluster: 'Chizhou–Qingyang' }),
    });
    const token = registered.body.data!.registerOrganization.accessToken;
    const current = await app.graphql<{ addOrganizationCertification: { id: string } }>(
      ADD,
      { input: { code: 'IATF 16949', certificateNumber: 'IATF-0412345', validFrom: '2025-01-01', validUntil: '2099-12-31' } },
      token,
    );
    expect(current.body.errors).toBeUndefined();
    expect(current.body.data!.addOrganizationCertification).toMatchObject({ code: 'IATF16949', validToday: true });
    await app.graphql(ADD, { input: { code: 'ISO9001', validFrom: '2019-01-01', validUntil: '2022-01-01' } }, token);
    expect((await app.graphql(MINE, {}, token)).body.data).toEqual({
      me: {
        organization: {
          region: 'Anhui',
          cluster: 'Chizhou–Qingyang',
          certifications: [
            { code: 'IATF16949', validToday: true },
            { code: 'ISO9001', validToday: false },
          ],
        },
      },
    });

    const backwards = await app.graphql(ADD, { input: { code: 'ISO9001', validFrom: '2025-01-01', validUntil: '2024-01-01' } }, token);
    expect(errorOf(backwards)).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'validUntil' } });
    const unknown = await app.graphql(ADD, { input: { code: 'ISO 12345', validFrom: '2025-01-01', validUntil: '2026-01-01' } }, token);
    expect(errorOf(unknown)).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'code' } });

    const other = await app.graphql<{ registerOrganization: { accessToken: string } }>(REGISTER, {
      input: supplier({ type: 'BUYER', creditCode: '91110000600037341L', email: 'buyer@oem.example' }),
    });
    const id = current.body.data!.addOrganizationCertification.id;
    expect(errorOf(await app.graphql(REMOVE, { id }, other.body.data!.registerOrganization.accessToken))?.extensions?.code).toBe('FORBIDDEN');
    expect(errorOf(await app.graphql(REMOVE, { id }))?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await app.graphql(REMOVE, { id }, token)).body.data).toEqual({ removeOrganizationCertification: true });
  });
});

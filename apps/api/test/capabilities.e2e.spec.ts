import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { MODERATOR_ENV, listingInput, signInModerator, signUp } from '../../../test/support/market.js';
import { engineProfilesUnderTest, TestApp, type GraphqlResponse } from '../../../test/support/test-app.js';

const CREATE_REQUIREMENT = 'mutation($input: CreateRequirementInput!) { createRequirement(input: $input) { id } }';
const CREATE_LISTING = 'mutation($input: CreateListingInput!) { createListing(input: $input) { id } }';
const SET = 'mutation($capabilities: [OrganizationCapability!]!) { setOrganizationCapabilities(capabilities: $capabilities) { capabilities } }';
const ingotNeed = { input: { title: 'Mg99.90 ingot for our die-casting cells', acceptableGrades: ['Mg99.90'], form: 'INGOT', quantityTonnesPerMonth: 200 } };
const errorOf = (response: GraphqlResponse) => response.body.errors?.[0];

for (const profile of engineProfilesUnderTest()) {
  describe(`organisations that buy and sell, on the ${profile} engines`, () => {
    let app: TestApp;

    beforeAll(async () => {
      app = await TestApp.start(profile, MODERATOR_ENV);
    });

    afterAll(async () => {
      await app.close();
    });

    it('lets a die-caster that adds BUY post a requirement at once, with the token it has, and take it away again', async () => {
      const dieCaster = await signUp(app, 'SUPPLIER', 0, { businessType: 'die-caster' });
      const me = await app.graphql<{ me: { organization: { capabilities: string[] } } }>('{ me { organization { capabilities } } }', {}, dieCaster.token);
      expect(me.body.data?.me.organization.capabilities).toEqual(['SELL']);
      const refused = errorOf(await app.graphql(CREATE_REQUIREMENT, ingotNeed, dieCaster.token));
      expect(refused).toMatchObject({
        message: 'Only organisations that buy (BUY) may do this; an organisation adds what it does with setOrganizationCapabilities',
        extensions: { code: 'FORBIDDEN' },
      });

      const both = await app.graphql<{ setOrganizationCapabilities: { capabilities: string[] } }>(SET, { capabilities: ['BUY', 'SELL'] }, dieCaster.token);
      expect(both.body.data?.setOrganizationCapabilities.capabilities).toEqual(['SELL', 'BUY']);
      expect((await app.graphql(CREATE_REQUIREMENT, ingotNeed, dieCaster.token)).body.errors).toBeUndefined();
      expect((await app.graphql(CREATE_LISTING, { input: listingInput() }, dieCaster.token)).body.errors).toBeUndefined();

      await app.graphql(SET, { capabilities: ['SELL'] }, dieCaster.token);
      expect(errorOf(await app.graphql(CREATE_REQUIREMENT, ingotNeed, dieCaster.token))?.extensions?.code).toBe('FORBIDDEN');
    });

    it('lets an OEM that adds SELL list its process scrap', async () => {
      const oem = await signUp(app, 'BUYER', 1, { businessType: 'OEM' });
      expect(errorOf(await app.graphql(CREATE_LISTING, { input: listingInput() }, oem.token))?.extensions?.code).toBe('FORBIDDEN');
      await app.graphql(SET, { capabilities: ['BUY', 'SELL'] }, oem.token);
      expect((await app.graphql(CREATE_LISTING, { input: listingInput({ title: 'AM60B runners and gates / 压铸回炉料' }) }, oem.token)).body.errors).toBeUndefined();
    });

    it('refuses an empty list, naming the field, and records each change in the audit log', async () => {
      const recycler = await signUp(app, 'SUPPLIER', 2, { businessType: 'recycler' });
      expect(errorOf(await app.graphql(SET, { capabilities: [] }, recycler.token))).toMatchObject({
        message: 'capabilities must hold SELL, BUY or both',
        extensions: { code: 'BAD_USER_INPUT', field: 'capabilities' },
      });
      await app.graphql(SET, { capabilities: ['SELL', 'BUY'] }, recycler.token);
      const moderator = await signInModerator(app);
      const audit = await app.graphql<{ auditLog: { action: string; subjectId: string }[] }>('{ auditLog { action subjectId } }', {}, moderator);
      expect(audit.body.data?.auditLog.filter((entry) => entry.action === 'organization.capabilities').length).toBeGreaterThanOrEqual(1);
      expect(errorOf(await app.graphql(SET, { capabilities: ['SELL'] }, moderator))?.extensions?.code).toBe('FORBIDDEN');
    });
  });
}

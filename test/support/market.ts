import { creditCodeCheckCharacter } from '@magmatch/identity';
import { waitFor } from './wait-for.js';
import type { GraphqlClient } from './test-app.js';

export const MODERATOR = { email: 'moderator@anhui-magnesium.example', password: 'moderator-password-1' };
export const MODERATOR_ENV = {
  BOOTSTRAP_MODERATOR_EMAIL: MODERATOR.email,
  BOOTSTRAP_MODERATOR_PASSWORD: MODERATOR.password,
};

/** A valid unified social credit code (checksum computed) for the test organisation numbered `index`. */
function creditCode(index: number): string {
  const body = `91340100MA2T${String(index).padStart(5, '0')}`;
  return body + creditCodeCheckCharacter(body);
}

export interface Account {
  readonly token: string;
  readonly organizationId: string;
}

/** Signs up an organisation through the API and returns its token; `profile` overrides registration fields. */
export async function signUp(app: GraphqlClient, type: 'SUPPLIER' | 'BUYER', index: number, profile: Record<string, unknown> = {}): Promise<Account> {
  const response = await app.graphql<{ registerOrganization: { accessToken: string; user: { organization: { id: string } } } }>(
    `mutation($input: RegisterOrganizationInput!) { registerOrganization(input: $input) { accessToken user { organization { id } } } }`,
    {
      input: {
        organizationName: `${type === 'SUPPLIER' ? 'Chizhou Magnesium Works' : 'Hefei Auto Parts'} #${index}`,
        type,
        creditCode: creditCode(index),
        city: type === 'SUPPLIER' ? 'Chizhou' : 'Hefei',
        email: `${type.toLowerCase()}${index}@market.example`,
        password: 'a-long-enough-password',
        ...profile,
      },
    },
  );
  if (!response.body.data) throw new Error(`sign-up failed: ${JSON.stringify(response.body)}`);
  const { accessToken, user } = response.body.data.registerOrganization;
  return { token: accessToken, organizationId: user.organization.id };
}

/**
 * A die-caster: registered as a supplier, it also buys ingot and scrap (capabilities SELL and BUY), as
 * processors, die-casters and recyclers do.
 */
export async function signUpTrader(app: GraphqlClient, index: number, profile: Record<string, unknown> = {}): Promise<Account> {
  const account = await signUp(app, 'SUPPLIER', index, { organizationName: `Wuhu Die-Casting #${index}`, businessType: 'die-caster', ...profile });
  const response = await app.graphql(`mutation { setOrganizationCapabilities(capabilities: [SELL, BUY]) { id } }`, {}, account.token);
  if (!response.body.data) throw new Error(`setOrganizationCapabilities failed: ${JSON.stringify(response.body)}`);
  return account;
}

export async function signInModerator(app: GraphqlClient): Promise<string> {
  const response = await app.graphql<{ login: { accessToken: string } }>(
    `mutation($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }`,
    MODERATOR,
  );
  if (!response.body.data) throw new Error(`moderator sign-in failed: ${JSON.stringify(response.body)}`);
  return response.body.data.login.accessToken;
}

/** A realistic die-cast AM60B seat-frame listing; override any field. */
export function listingInput(overrides: Record<string, unknown> = {}) {
  return {
    title: 'AM60B 压铸座椅骨架 / die-cast seat frame',
    titleEn: 'AM60B die-cast seat frame',
    grade: 'am60',
    temper: 'F',
    form: 'DIE_CASTING',
    properties: { tensileStrengthMpa: 225, yieldStrengthMpa: 130, elongationPct: 8, basis: 'TESTED', testStandard: 'GB/T 228.1' },
    monthlyCapacityTonnes: 120,
    minOrderTonnes: 5,
    priceMinCnyPerTonne: 24_000,
    priceMaxCnyPerTonne: 26_500,
    leadTimeDays: 30,
    certifications: ['IATF 16949', 'ISO9001'],
    scenarios: ['AUTO_SEAT_FRAME'],
    city: 'Chizhou',
    recycledContentPct: 20,
    carbonFootprintKgCo2ePerKg: 9.5,
    ...overrides,
  };
}

/** Creates, submits and approves a listing; returns its id. */
export async function publishListing(app: GraphqlClient, supplierToken: string, moderatorToken: string, overrides: Record<string, unknown> = {}) {
  const created = await app.graphql<{ createListing: { id: string } }>(
    `mutation($input: CreateListingInput!) { createListing(input: $input) { id } }`,
    { input: listingInput(overrides) },
    supplierToken,
  );
  if (!created.body.data) throw new Error(`createListing failed: ${JSON.stringify(created.body)}`);
  const id = created.body.data.createListing.id;
  await app.graphql(`mutation($id: ID!) { submitListing(id: $id) { id } }`, { id }, supplierToken);
  await app.graphql(`mutation($id: ID!) { moderateListing(id: $id, decision: APPROVE) { id } }`, { id }, moderatorToken);
  return id;
}

/** Creates, submits and approves an anonymous AM60B seat-frame requirement; returns its id. */
export async function openRequirement(app: GraphqlClient, buyerToken: string, moderatorToken: string, overrides: Record<string, unknown> = {}) {
  const created = await app.graphql<{ createRequirement: { id: string } }>(
    `mutation($input: CreateRequirementInput!) { createRequirement(input: $input) { id } }`,
    {
      input: {
        title: 'AM60B seat frames',
        scenario: 'AUTO_SEAT_FRAME',
        quantityTonnesPerMonth: 10,
        city: 'Hefei',
        maxPriceCnyPerTonne: 40_000,
        visibility: 'ANONYMOUS',
        ...overrides,
      },
    },
    buyerToken,
  );
  if (!created.body.data) throw new Error(`createRequirement failed: ${JSON.stringify(created.body)}`);
  const id = created.body.data.createRequirement.id;
  await app.graphql(`mutation($id: ID!) { submitRequirement(id: $id) { id } }`, { id }, buyerToken);
  await app.graphql(`mutation($id: ID!) { moderateRequirement(id: $id, decision: APPROVE) { id } }`, { id }, moderatorToken);
  return id;
}

/** The id of the best stored match of a requirement, once matching has stored one (the buyer's view). */
export async function firstMatchOf(app: GraphqlClient, requirementId: string, buyerToken: string): Promise<string> {
  let matchId = '';
  await waitFor('a stored match', async () => {
    const response = await app.graphql<{ matchesForRequirement: { id: string }[] }>(
      `query($id: ID!) { matchesForRequirement(requirementId: $id) { id } }`,
      { id: requirementId },
      buyerToken,
    );
    matchId = response.body.data?.matchesForRequirement[0]?.id ?? '';
    return matchId !== '';
  }, 15_000);
  return matchId;
}

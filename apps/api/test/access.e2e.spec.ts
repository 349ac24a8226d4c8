import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import { buildSchema } from 'graphql';
import { MODERATOR_ENV, signInModerator, signUp, signUpTrader } from '../../../test/support/market.js';
import { engineProfilesUnderTest, TestApp } from '../../../test/support/test-app.js';
import { mayCall, OPERATIONS, PUBLIC, ROLES, type Role } from './access-table.js';

it('lists every operation of the schema, as public or with its allowed roles', async () => {
  const schema = buildSchema(await readFile(new URL('../../../schema.graphql', import.meta.url), 'utf8'));
  const operations = [schema.getQueryType()!, schema.getMutationType()!].flatMap((type) => Object.keys(type.getFields()));
  expect(operations.filter((name) => !PUBLIC.includes(name) && !OPERATIONS.some((operation) => operation.name === name))).toEqual([]);
});

for (const profile of engineProfilesUnderTest()) describe(`who may call what, on the ${profile} engines`, () => {
  let app: TestApp;
  const tokens: Partial<Record<Role, string>> = {};

  beforeAll(async () => {
    app = await TestApp.start(profile, MODERATOR_ENV);
    tokens.supplier = (await signUp(app, 'SUPPLIER', 0)).token;
    tokens.buyer = (await signUp(app, 'BUYER', 1)).token;
    tokens.trader = (await signUpTrader(app, 2)).token;
    tokens.moderator = await signInModerator(app);
  });

  afterAll(async () => {
    await app.close();
  });

  const cases = OPERATIONS.flatMap((operation) => ROLES.map((role) => ({ ...operation, role })));

  it.each(cases)('$name as $role', async ({ document, variables, allowed, role }) => {
    const response = await app.graphql(document, variables, tokens[role]);
    const code = response.body.errors?.[0]?.extensions?.code;
    if (mayCall(allowed, role)) {
      expect(['UNAUTHENTICATED', 'FORBIDDEN']).not.toContain(code);
    } else {
      expect(code).toBe(role === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
    }
  });
});

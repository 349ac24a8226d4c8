import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { buildClientSchema, getIntrospectionQuery, type IntrospectionQuery } from 'graphql';
import { GRAPHQL_LIMITS, INTROSPECTION_LIMITS } from '@magmatch/platform';
import { TestApp } from '../../../test/support/test-app.js';

interface Answer {
  readonly status: number;
  readonly body: { errors?: { message: string; extensions?: { code?: string; stacktrace?: unknown } }[]; data?: unknown };
  readonly ms: number;
}

/**
 * The graphql-cop probes and friends: each attack gets a clear client error, quickly, without a stack trace.
 * The limits do not depend on the engines, so this runs on the embedded ones.
 */
describe('GraphQL abuse limits', () => {
  let app: TestApp;

  const post = async (body: unknown, contentType = 'application/json'): Promise<Answer> => {
    const started = performance.now();
    const response = await app.http().post('/graphql').set('content-type', contentType).send(typeof body === 'string' ? body : JSON.stringify(body));
    return { status: response.status, body: response.body as Answer['body'], ms: performance.now() - started };
  };
  const refused = (answer: Answer, message: RegExp) => {
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0]?.message).toMatch(message);
    expect(JSON.stringify(answer.body)).not.toMatch(/stacktrace|at \S+ \(/);
    expect(answer.ms).toBeLessThan(1_000);
  };

  beforeAll(async () => {
    app = await TestApp.start('embedded');
  });

  afterAll(async () => {
    await app.close();
  });

  it('accepts an ordinary operation', async () => {
    const answer = await post({ query: '{ scenarios { code usualGrades } a: alloyGrades { code } }' });
    expect(answer.status).toBe(200);
    expect(answer.body.errors).toBeUndefined();
  });

  it('refuses 101 aliases, __typename ones included', async () => {
    const query = `{ ${Array.from({ length: 101 }, (_, i) => `t${i}: __typename`).join(' ')} }`;
    refused(await post({ query }), new RegExp(`Aliases limit of ${GRAPHQL_LIMITS.maxAliases} exceeded`));
  });

  it('refuses 1,000 aliases of a costly field', async () => {
    const query = `{ ${Array.from({ length: 1_000 }, (_, i) => `s${i}: listings(first: 100) { edges { node { id title } } }`).join(' ')} }`;
    refused(await post({ query }), /^(Token|Aliases) limit of \d+ exceeded/);
  });

  it('prices list fields by their `first`: one page of 100 is fine, fifteen are refused', async () => {
    const page = 'listings(first: 100) { edges { node { id title supplier { name } } } }';
    expect((await post({ query: `{ ${page} }` })).status).toBe(200);
    refused(await post({ query: `{ ${Array.from({ length: 15 }, (_, i) => `p${i}: ${page}`).join(' ')} }` }), new RegExp(`Query Cost limit of ${GRAPHQL_LIMITS.maxCost} exceeded`));
  });

  it('answers the standard introspection query of IDEs and code generators, priced apart from client operations', async () => {
    for (const options of [{}, { descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true }]) {
      const answer = await post({ query: getIntrospectionQuery(options) });
      expect(answer.status).toBe(200);
      const schema = buildClientSchema(answer.body.data as unknown as IntrospectionQuery);
      expect(schema.getQueryType()?.getFields()).toHaveProperty('searchListings');
    }
    // Introspection inside a client operation is priced as client fields.
    const deepTypes = `__schema { types { fields { type { ${'ofType { '.repeat(9)}name${' }'.repeat(9)} } } } }`;
    expect((await post({ query: `{ ${deepTypes} }` })).status).toBe(200);
    refused(await post({ query: `{ scenarios { code } ${deepTypes} }` }), new RegExp(`^Query depth limit of ${GRAPHQL_LIMITS.maxDepth} exceeded`));
  });

  it('refuses circular introspection (a type graph list followed inside another one), and over-deep introspection', async () => {
    const circular = '{ __schema { types { fields { type { fields { type { fields { type { fields { type { name } } } } } } } } } } }';
    refused(await post({ query: circular }), new RegExp(`^Introspection may follow at most ${INTROSPECTION_LIMITS.maxTypeGraphNesting} of the type graph's lists on one path .* this one follows 5$`));
    const deep = `{ __schema { types { fields { type { ${'ofType { '.repeat(12)}name${' }'.repeat(12)} } } } } }`;
    refused(await post({ query: deep }), new RegExp(`^Query depth limit of ${INTROSPECTION_LIMITS.maxDepth} exceeded`));
  });

  it('refuses a batch of 10 operations', async () => {
    const answer = await post(Array.from({ length: 10 }, () => ({ query: '{ __typename }' })));
    expect(answer.status).toBe(400);
    expect(JSON.stringify(answer.body)).not.toContain('"data"');
  });

  it('does not suggest field names to a probe, and answers a syntax error plainly', async () => {
    const probe = await post({ query: '{ listingz }' });
    expect(probe.status).toBe(400);
    expect(JSON.stringify(probe.body)).not.toMatch(/Did you mean/);
    refused(await post({ query: '{ scenarios { code ' }), /Syntax Error/);
  });

  it('refuses mutations over GET and simple cross-site posts (CSRF)', async () => {
    const get = await app.http().get('/graphql').query({ query: 'mutation { login(email: "a@b.c", password: "x") { accessToken } }' });
    expect(get.status).toBeGreaterThanOrEqual(400);
    expect(get.status).toBeLessThan(500);
    const form = await post('query=%7B__typename%7D', 'application/x-www-form-urlencoded');
    expect(form.status).toBe(400);
    const text = await post(JSON.stringify({ query: '{ __typename }' }), 'text/plain');
    expect(text.status).toBe(400);
  });

  it('refuses a body over 1 MB with 413 and a GraphQL-shaped error, quickly, and names the field of a long string below it', async () => {
    const register = 'mutation($input: RegisterOrganizationInput!) { registerOrganization(input: $input) { accessToken } }';
    const input = (organizationName: string) => ({ organizationName, type: 'BUYER', creditCode: '91340100MA2TXYQ4XF', email: 'big@string.example', password: 'a-long-enough-password' });
    const tooLarge = await post({ query: register, variables: { input: input('x'.repeat(2 * 1024 * 1024)) } });
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body.errors).toEqual([
      { message: expect.stringMatching(/^The request body is larger than 1048576 bytes \(1 MB\), the limit/), extensions: { code: 'PAYLOAD_TOO_LARGE' } },
    ]);
    expect(tooLarge.ms).toBeLessThan(1_000);
    const malformed = await post('{"query": "{ __typename }"');
    expect([malformed.status, malformed.body.errors?.[0]?.extensions?.code]).toEqual([400, 'BAD_USER_INPUT']);
    const twoFiles = await app
      .http()
      .post('/graphql')
      .set('apollo-require-preflight', 'true')
      .field('operations', JSON.stringify({ query: 'mutation($a: Upload!, $b: Upload!) { a: __typename b: __typename }', variables: { a: null, b: null } }))
      .field('map', JSON.stringify({ 0: ['variables.a'], 1: ['variables.b'] }))
      .attach('0', Buffer.from('%PDF-1.7'), 'a.pdf')
      .attach('1', Buffer.from('%PDF-1.7'), 'b.pdf');
    expect([twoFiles.status, twoFiles.body.errors?.[0]?.extensions?.code]).toEqual([413, 'PAYLOAD_TOO_LARGE']);
    const long = await post({ query: register, variables: { input: input('x'.repeat(900 * 1024)) } });
    expect(long.status).toBeLessThan(500);
    expect(long.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(long.body.errors?.[0]?.message).toMatch(/organizationName/);
  });
});

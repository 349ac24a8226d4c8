import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { TestApp } from '../../../test/support/test-app.js';

/**
 * graphql-cop's checks (dolevf/graphql-cop `lib/tests/`, 1.14/1.15: every check its registry runs, the
 * directive check of the safewill-au fork that repeats a valid
 * directive), each sent as graphql-cop sends it and judged by graphql-cop's own condition, against the API
 * in production mode. `vulnerable` is graphql-cop's `result`: every check must come out false.
 */
/** What graphql-cop reads of an answer: Python dictionaries, looked into without checks. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- graphql-cop's conditions index answers of any shape
type CopAnswer = Record<string, any>;

describe('graphql-cop against the API in production mode', () => {
  let app: TestApp;

  /** graphql-cop's `graph_query`: a JSON POST with `operationName: "cop"`; a body that is not JSON reads as `{}`. */
  const copQuery = async (query: string): Promise<CopAnswer> => {
    const response = await app.http().post('/graphql').set('content-type', 'application/json').send({ query, operationName: 'cop' });
    return typeof response.body === 'object' && response.body !== null ? response.body : {};
  };
  const jsonOf = (text: string): CopAnswer => {
    try {
      return JSON.parse(text);
    } catch {
      return {};
    }
  };

  beforeAll(async () => {
    app = await TestApp.start('embedded', { NODE_ENV: 'production' });
  });

  afterAll(async () => {
    await app.close();
  });

  it('still answers graphql-cop\'s "is this GraphQL" gate', async () => {
    expect((await copQuery('query cop { __typename }')).data).toEqual({ __typename: 'Query' });
  });

  it('Field Suggestions (LOW): no "Did you mean"', async () => {
    const answer = await copQuery('query cop { __schema { directive } }');
    expect(String(answer.errors?.[0]?.message)).not.toContain('Did you mean');
    const typo = await copQuery('query cop { listingz }');
    expect(JSON.stringify(typo)).not.toContain('Did you mean');
  });

  it('Introspection (HIGH): off', async () => {
    const answer = await copQuery('query cop { __schema { types { name fields { name } } } }');
    expect(answer.data?.__schema?.types).toBeFalsy();
  });

  it('GraphQL IDE (LOW): no IDE page on any path graphql-cop probes', async () => {
    for (const path of ['/', '/graphiql', '/playground', '/console', '/graphql', '/ide']) {
      const page = await app.http().get(path).set('accept', 'text/html');
      expect([path, /graphiql\.min\.css|GraphQL Playground|GraphiQL|graphql-playground/.test(page.text)]).toEqual([path, false]);
    }
    // Altair, served at /ide in development, is not served in production at all.
    expect((await app.http().get('/ide')).status).toBe(404);
  });

  it('GET Method Query Support (MEDIUM) and Mutation over GET (MEDIUM): refused', async () => {
    for (const query of ['query cop {__typename}', 'mutation cop {__typename}']) {
      const response = await app.http().get('/graphql').query({ query });
      expect(jsonOf(response.text).data?.__typename).toBeFalsy();
    }
  });

  it('Alias Overloading (HIGH): 101 aliases refused', async () => {
    const answer = await copQuery(`query cop { ${Array.from({ length: 101 }, (_, i) => `alias${i}:__typename \n`).join('')} }`);
    expect(answer.data?.alias100).toBeFalsy();
  });

  it('Array-based Query Batching (HIGH): a batch of 10 gets no array of 10 answers', async () => {
    const response = await app.http().post('/graphql').send(Array.from({ length: 10 }, () => ({ query: 'query cop { __typename }' })));
    const answer = jsonOf(response.text);
    expect(Array.isArray(answer) && answer.length >= 10).toBe(false);
  });

  it('Trace Mode (INFO) and Unhandled Errors Detection (INFO): no tracing, no exception details', async () => {
    const traced = await copQuery('query cop { __typename }');
    expect(traced.errors?.[0]?.extensions?.tracing).toBeFalsy();
    const broken = await copQuery('qwerty cop { abc }');
    expect(broken.errors?.[0]?.extensions?.exception).toBeFalsy();
    for (const answer of [traced, broken]) expect(JSON.stringify(answer).toLowerCase()).not.toMatch(/"extensions":\{"(tracing|exception)"|stacktrace/);
  });

  it('Directive Overloading (HIGH): ten unknown directives do not give ten errors', async () => {
    const answer = await copQuery('query cop { __typename @aa@aa@aa@aa@aa@aa@aa@aa@aa@aa }');
    expect(answer.errors).toHaveLength(1);
    expect(answer.errors?.[0]).toMatchObject({ message: 'Unknown directive "@aa".', extensions: { occurrences: 10 } });
  });

  it("Directive Overloading, the fork's check: a valid directive repeated 10, 100, 500 and 1,000 times is refused at once", async () => {
    // The fork calls an answer protected when it matches this; otherwise a 5xx or a tenfold slowdown is vulnerable.
    const protectedAnswer = /too many directives|directive.*limit|exceeds maximum|query complexity|depth limit|maxDirectives/i;
    const send = async (repeats: number) => {
      const started = performance.now();
      const response = await app.http().post('/graphql').send({ query: `query cop { __typename ${'@skip(if:true)'.repeat(repeats)} }`, operationName: 'cop' });
      return { status: response.status, body: response.body as { errors: { message: string }[] }, text: response.text, ms: performance.now() - started };
    };
    // Ten is within the directive limit; the duplicates are refused by validation, once.
    const ten = await send(10);
    expect([ten.status, ten.body.errors]).toEqual([400, [expect.objectContaining({ message: 'The directive "@skip" can only be used once at this location.' })]]);
    for (const repeats of [100, 500, 1_000]) {
      const answer = await send(repeats);
      expect([repeats, protectedAnswer.test(answer.text), answer.status]).toEqual([repeats, true, 400]);
      expect(answer.ms).toBeLessThan(1_000);
    }
  });

  it('Introspection-based Circular Query (HIGH): refused', async () => {
    const answer = await copQuery('query cop { __schema { types { fields { type { fields { type { fields { type { fields { type { name } } } } } } } } } } }');
    expect((answer.data?.__schema?.types ?? []).length > 25).toBe(false);
  });

  it('POST based url-encoded query (MEDIUM, possible CSRF): refused', async () => {
    const response = await app.http().post('/graphql').type('form').send({ query: 'query cop { __typename }' });
    expect(jsonOf(response.text).data?.__typename).toBeFalsy();
  });
});

import { describe, expect, it } from '@jest/globals';
import { getIntrospectionQuery, parse } from 'graphql';
import { isIntrospectionOnly, typeGraphNesting } from './introspection.js';

/** k fragments on Query, each spreading the next one twice: 2^k expansions if expanded naively. */
function fragmentBomb(k: number, leaf: string): string {
  const fragments = Array.from({ length: k }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`);
  return `{ ...F0 } ${fragments.join(' ')} fragment F${k} on Query { ${leaf} }`;
}

describe('introspection-only operations', () => {
  it.each([
    ['the standard introspection query', getIntrospectionQuery(), true],
    ['a type looked up by name', '{ __type(name: "Listing") { name fields { name } } }', true],
    ['an alias that names a client field __schema', '{ __schema: listings { totalCount } }', false],
    ['__type next to a client field', '{ __type(name: "Listing") { name } scenarios { code } }', false],
    ['a fragment on Query that spreads a client field', '{ __schema { queryType { name } } ...Client } fragment Client on Query { scenarios { code } }', false],
    ['two operations, one of them a client one', 'query A { __schema { queryType { name } } } query B { scenarios { code } }', false],
    ['__typename alone', '{ __typename }', false],
  ])('%s: %s', (_case, query, expected) => {
    expect(isIntrospectionOnly(parse(query))).toBe(expected);
  });

  it('counts the type graph lists one path follows, inside introspection only', () => {
    expect(typeGraphNesting(parse(getIntrospectionQuery()))).toBe(2);
    expect(typeGraphNesting(parse('{ __schema { types { fields { type { fields { name } } } } } }'))).toBe(3);
    expect(typeGraphNesting(parse('{ listings { edges { node { id } } } }'))).toBe(0);
  });

  it('measures a fragment bomb in linear time', () => {
    const started = performance.now();
    const bomb = parse(fragmentBomb(40, '__schema { types { fields { name } } }'), { maxTokens: 2_000 });
    expect(isIntrospectionOnly(bomb)).toBe(true);
    expect(typeGraphNesting(bomb)).toBe(2);
    expect(performance.now() - started).toBeLessThan(50);
  });
});

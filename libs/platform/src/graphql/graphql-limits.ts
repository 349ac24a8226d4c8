import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloDriverConfig } from '@nestjs/apollo';

/**
 * What one GraphQL request may ask for. The deepest operation the clients use nests 6 levels and the largest
 * has ~300 tokens. Cost is graphql-armor's: 1 a scalar, 2 an object, ×1.5 a level, and a list field's cost
 * times its `first` argument — a page of 100 requirements with a dozen fields costs ~6,000, fifteen aliased
 * pages of 100 listings ~42,000. Resolvers cap `first` at 100 in any case.
 */
export const GRAPHQL_LIMITS = {
  maxDepth: 10,
  maxAliases: 15,
  maxDirectives: 10,
  maxTokens: 2_000,
  maxCost: 20_000,
} as const;

/**
 * graphql-armor's validation rules and plugins: depth, aliases, directives and cost — introspection and
 * `__typename` aliases counted too (armor lets them through by default) — and "did you mean" suggestions
 * masked, so the schema cannot be probed through error messages. The token limit is graphql-js's own
 * `maxTokens` parse option (see `graphqlOptions`): armor's token plugin re-parses in a hook whose errors
 * Apollo answers with 500, even for a plain syntax error.
 */
export function graphqlArmor() {
  const { plugins, validationRules } = new ApolloArmor({
    maxDepth: { n: GRAPHQL_LIMITS.maxDepth, flattenFragments: true, ignoreIntrospection: false, exposeLimits: true },
    maxAliases: { n: GRAPHQL_LIMITS.maxAliases, allowList: [], exposeLimits: true },
    maxDirectives: { n: GRAPHQL_LIMITS.maxDirectives, exposeLimits: true },
    maxTokens: { enabled: false },
    costLimit: { maxCost: GRAPHQL_LIMITS.maxCost, ignoreIntrospection: false, exposeLimits: true },
    blockFieldSuggestion: { enabled: true },
  }).protect();
  // graphql-armor's types come from @apollo/server's CommonJS build, Nest's from its ESM build: same objects.
  return { plugins: plugins as unknown as NonNullable<ApolloDriverConfig['plugins']>, validationRules };
}

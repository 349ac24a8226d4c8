import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloDriverConfig } from '@nestjs/apollo';

/**
 * What one GraphQL request may ask for. The deepest operation the clients use nests 6 levels and the largest
 * has ~300 tokens; these leave room for them and refuse what only an attack needs. Lists are capped by
 * their `first` argument (at most 100) in every resolver.
 */
export const GRAPHQL_LIMITS = {
  maxDepth: 10,
  maxAliases: 15,
  maxDirectives: 10,
  maxTokens: 2_000,
  maxCost: 5_000,
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

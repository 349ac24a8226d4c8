import { ApolloArmor } from '@escape.tech/graphql-armor';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import { GraphQLError, type ValidationContext, type ValidationRule } from 'graphql';
import { isIntrospectionOnly, typeGraphNesting } from './introspection.js';

/**
 * What one client operation may ask for. The deepest operation the clients use nests 6 levels and the largest
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
 * What an introspection-only operation may ask for (development only: production turns introspection off).
 * graphql-js's standard introspection query — the one IDEs and code generators send — nests 15 levels
 * (`ofType` seven times under `fields { type }`) and costs 87,383 to 87,498 (with every option) by the
 * client pricing. A path may pass
 * through at most two of the type graph's lists (`types` then `fields`), which the standard query needs and
 * the circular probes (`fields { type { fields { type … } } }`) exceed.
 */
export const INTROSPECTION_LIMITS = {
  maxDepth: 15,
  maxCost: 100_000,
  maxTypeGraphNesting: 2,
} as const;

const LIMIT_MESSAGE_PREFIX = /^Syntax Error: /;

/**
 * Reports a limit once, as a client error that names the limit (graphql-armor's own messages start with
 * "Syntax Error", which a limit is not).
 */
function reportLimit(context: ValidationContext | null, error: GraphQLError): void {
  context?.reportError(new GraphQLError(error.message.replace(LIMIT_MESSAGE_PREFIX, ''), { extensions: { code: 'BAD_USER_INPUT' } }));
}

const armorRejection = { exposeLimits: true, propagateOnRejection: false, onReject: [reportLimit] };

/** One rule for client operations, another for introspection-only ones. */
function byOperationKind(client: ValidationRule, introspection: ValidationRule): ValidationRule {
  return (context) => (isIntrospectionOnly(context.getDocument()) ? introspection(context) : client(context));
}

const typeGraphNestingLimit: ValidationRule = (context) => ({
  Document(document) {
    const nesting = typeGraphNesting(document);
    if (nesting > INTROSPECTION_LIMITS.maxTypeGraphNesting) {
      context.reportError(
        new GraphQLError(
          `Introspection may follow at most ${INTROSPECTION_LIMITS.maxTypeGraphNesting} of the type graph's lists on one path (types, fields, inputFields, interfaces, possibleTypes); this one follows ${nesting}`,
          { extensions: { code: 'BAD_USER_INPUT' } },
        ),
      );
    }
  },
});

/**
 * graphql-armor's validation rules and plugins: aliases (`__typename` included) and directives for every
 * operation; depth and cost priced apart for client operations and for introspection-only ones (an IDE's
 * schema request must get through in development; introspection mixed into a client operation is priced
 * as client fields); "did you mean" suggestions masked, so the schema cannot be probed through error
 * messages. The token limit is graphql-js's own `maxTokens` parse option (see `graphqlOptions`): armor's token
 * plugin re-parses in a hook whose errors Apollo answers with 500, even for a plain syntax error.
 */
export function graphqlArmor() {
  const { plugins, validationRules } = new ApolloArmor({
    maxDepth: { enabled: false },
    costLimit: { enabled: false },
    maxAliases: { n: GRAPHQL_LIMITS.maxAliases, allowList: [], ...armorRejection },
    maxDirectives: { n: GRAPHQL_LIMITS.maxDirectives, ...armorRejection },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: true },
  }).protect();
  const depthAndCost: ValidationRule[] = [
    byOperationKind(
      maxDepthRule({ n: GRAPHQL_LIMITS.maxDepth, flattenFragments: true, ignoreIntrospection: false, ...armorRejection }),
      maxDepthRule({ n: INTROSPECTION_LIMITS.maxDepth, flattenFragments: true, ignoreIntrospection: false, ...armorRejection }),
    ),
    byOperationKind(
      costLimitRule({ maxCost: GRAPHQL_LIMITS.maxCost, ignoreIntrospection: false, ...armorRejection }),
      costLimitRule({ maxCost: INTROSPECTION_LIMITS.maxCost, ignoreIntrospection: false, ...armorRejection }),
    ),
    typeGraphNestingLimit,
  ];
  // graphql-armor's types come from @apollo/server's CommonJS build, Nest's from its ESM build: same objects.
  return {
    plugins: plugins as unknown as NonNullable<ApolloDriverConfig['plugins']>,
    validationRules: [...(validationRules ?? []), ...depthAndCost] as ValidationRule[],
  };
}

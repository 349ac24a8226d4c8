import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { GraphQLError, OperationTypeNode, getOperationAST, parse, type DocumentNode } from 'graphql';
import { RequestLoaders, type AppConfig } from '@magmatch/core';
import { GRAPHQL_LIMITS, graphqlArmor } from './graphql-limits.js';
import { requestErrorsPlugin } from './request-errors.plugin.js';

/** Apollo Server, code-first; the schema is built in memory and `schema.graphql` is its committed print. */
export function graphqlOptions(config: AppConfig): ApolloDriverConfig {
  const production = config.nodeEnv === 'production';
  const armor = graphqlArmor();
  return {
    driver: ApolloDriver,
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    playground: false,
    introspection: !production,
    hideSchemaDetailsFromClientErrors: production,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    // Answers are per viewer and never cached by HTTP caches; Apollo's default cache-control plugin would
    // still wrap every field resolver to collect hints (measured: the largest cost in bench/api).
    plugins: [ApolloServerPluginCacheControlDisabled(), requestErrorsPlugin, ...armor.plugins],
    validationRules: armor.validationRules,
    allowBatchedHttpRequests: false,
    parseOptions: { maxTokens: GRAPHQL_LIMITS.maxTokens },
    subscriptions: { 'graphql-ws': { path: '/graphql', onSubscribe: subscriptionsOnly } },
    context: requestContext,
    // Errors thrown by field resolvers get the same stable codes and masking as the operations' errors.
    // Guards stay off there: access is decided by the operation, and readers' views are shaped by the
    // mappers every path goes through (apps/api/test/privacy.e2e.spec.ts walks the nested paths).
    fieldResolverEnhancers: ['filters'],
  };
}

/**
 * The WebSocket carries subscriptions only. Queries and mutations sent over it would pass neither the HTTP
 * edge (rate limits) nor graphql-armor's limits, which Apollo applies to HTTP requests.
 */
function subscriptionsOnly(_context: unknown, _id: string, payload: { query: string; operationName?: string | null }): readonly GraphQLError[] | void {
  let document: DocumentNode;
  try {
    document = parse(payload.query, { maxTokens: GRAPHQL_LIMITS.maxTokens });
  } catch (error) {
    return [error instanceof GraphQLError ? error : new GraphQLError('The operation could not be read')];
  }
  if (getOperationAST(document, payload.operationName ?? undefined)?.operation === OperationTypeNode.SUBSCRIPTION) return;
  return [
    new GraphQLError('Only subscriptions travel over this socket: send queries and mutations as HTTP POST /graphql', {
      extensions: { code: 'BAD_USER_INPUT' },
    }),
  ];
}

type ContextSource = { req: unknown; res: unknown } | { connectionParams?: Record<string, unknown> };

/**
 * An HTTP request's context, or a graphql-ws subscription's: its `authorization` connection parameter
 * stands in for the header, so the same guard checks both.
 */
function requestContext(source: ContextSource) {
  if ('req' in source) return { req: source.req, res: source.res, loaders: new RequestLoaders() };
  const authorization = source.connectionParams?.authorization ?? source.connectionParams?.Authorization;
  return { req: { headers: { authorization: typeof authorization === 'string' ? authorization : undefined } }, loaders: new RequestLoaders() };
}

import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { RequestLoaders, type AppConfig } from '@magmatch/core';

/** Apollo Server, code-first; the schema is built in memory and `schema.graphql` is its committed print. */
export function graphqlOptions(config: AppConfig): ApolloDriverConfig {
  const production = config.nodeEnv === 'production';
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
    context: ({ req, res }: { req: unknown; res: unknown }) => ({ req, res, loaders: new RequestLoaders() }),
  };
}

import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';

// graphql-js 16 writes "more that".
const TOKEN_LIMIT = /^Syntax Error: Document contains more th\w+ (\d+) tokens\. Parsing aborted\.$/;

/**
 * How the errors of a request that never ran read: the token limit (graphql-js words it as a syntax error)
 * says it is a limit, and a message repeated by validation — ten unknown `@aa` directives give ten
 * "Unknown directive" errors — comes once, with `extensions.occurrences`. An answer to garbage stays small,
 * and a scanner's duplicated directives cannot make it grow. Errors of execution (with a `path`) are left
 * as they are: each names its own field.
 */
export const requestErrorsPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
        response.body.singleResult.errors = collapseRequestErrors(response.body.singleResult.errors.map(withLimitWording));
      },
    };
  },
};

function withLimitWording(error: GraphQLFormattedError): GraphQLFormattedError {
  const tokens = TOKEN_LIMIT.exec(error.message);
  if (!tokens) return error;
  return {
    ...error,
    message: `Token limit of ${tokens[1]} exceeded: the operation exceeds maximum length`,
    extensions: { ...error.extensions, code: 'BAD_USER_INPUT' },
  };
}

function collapseRequestErrors(errors: readonly GraphQLFormattedError[]): GraphQLFormattedError[] {
  const byMessage = new Map<string, { error: GraphQLFormattedError; occurrences: number }>();
  const collapsed: GraphQLFormattedError[] = [];
  for (const error of errors) {
    if (error.path) {
      collapsed.push(error);
      continue;
    }
    const seen = byMessage.get(error.message);
    if (seen) {
      seen.occurrences += 1;
      continue;
    }
    byMessage.set(error.message, { error, occurrences: 1 });
    collapsed.push(error);
  }
  return collapsed.map((error) => {
    const occurrences = byMessage.get(error.message)?.occurrences ?? 1;
    return error.path || occurrences === 1 ? error : { ...error, extensions: { ...error.extensions, occurrences } };
  });
}

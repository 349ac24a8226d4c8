import { authExchange } from '@urql/exchange-auth';
import { cacheExchange, Client, fetchExchange, subscriptionExchange, type CombinedError } from 'urql';
import { createClient as createWsClient } from 'graphql-ws';
import { accessTokenExpiring, currentAccessToken, refreshSession } from '../session/session.ts';

const isAuthError = (error: CombinedError) => error.graphQLErrors.some((e) => e.extensions?.code === 'UNAUTHENTICATED');

const subscriptions = createWsClient({
  url: () => `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`,
  // A reconnection after a quiet quarter of an hour needs a fresh token first.
  connectionParams: async () => {
    if (accessTokenExpiring()) await refreshSession();
    const token = currentAccessToken();
    return token ? { authorization: `Bearer ${token}` } : {};
  },
  lazy: true,
  retryAttempts: 5,
});

/** Restarts live subscriptions, so that they run as the account now signed in. */
export const reconnectSubscriptions = () => subscriptions.terminate();

/**
 * The console's GraphQL client: the access token on every operation, refreshed from the session cookie
 * when it is about to expire or the API says it has; results cached per document and refetched after a
 * mutation of the same types; subscriptions over graphql-ws.
 */
export const graphqlClient = new Client({
  url: '/graphql',
  requestPolicy: 'cache-and-network',
  // POST always: the API's CSRF prevention refuses GET queries without a preflight header.
  preferGetMethod: false,
  exchanges: [
    cacheExchange,
    authExchange(async (utils) => ({
      addAuthToOperation(operation) {
        const token = currentAccessToken();
        return token ? utils.appendHeaders(operation, { authorization: `Bearer ${token}` }) : operation;
      },
      willAuthError: () => accessTokenExpiring(),
      didAuthError: (error) => isAuthError(error) && currentAccessToken() !== null,
      async refreshAuth() {
        await refreshSession();
      },
    })),
    fetchExchange,
    subscriptionExchange({
      forwardSubscription: (request) => ({
        subscribe: (sink) => ({ unsubscribe: subscriptions.subscribe({ ...request, query: request.query ?? '' }, sink) }),
      }),
    }),
  ],
});

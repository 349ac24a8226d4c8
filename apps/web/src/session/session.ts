/**
 * The browser's side of the session (OWASP: no long-lived token readable by scripts). The refresh token
 * lives in the API's HttpOnly cookie; this module keeps only the 15-minute access token, in memory, and
 * trades the cookie for a new one when it runs out or the page is reloaded. Tabs refresh one at a time
 * (Web Locks; one shared attempt per tab where they are missing), because a refresh token spent twice
 * signs the whole session out. When the session ends (signed out here or in another tab, or refused by
 * the API) the listeners of `onSessionEnded` hear it.
 */
import { ApiError, apiErrorOf } from '../graphql/api-error.ts';

interface BrowserSession {
  accessToken: string;
  expiresInSeconds: number;
}

/** Refresh this long before the access token expires, so a request never leaves with a stale one. */
const EARLY_MS = 30_000;

let accessToken: string | null = null;
let expiresAt = 0;
let refreshing: Promise<boolean> | null = null;
const endedListeners = new Set<() => void>();
const otherTabs = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel('magmatch-session');

export const currentAccessToken = (): string | null => accessToken;
export const accessTokenExpiring = (): boolean => accessToken !== null && Date.now() > expiresAt - EARLY_MS;

/** Calls `listener` when this browser's session ends; returns the unsubscribe function. */
export function onSessionEnded(listener: () => void): () => void {
  endedListeners.add(listener);
  return () => endedListeners.delete(listener);
}

function ended(): void {
  keep(null);
  endedListeners.forEach((listener) => listener());
}

otherTabs?.addEventListener('message', (event: MessageEvent<string>) => {
  if (event.data === 'signed-out') ended();
});

async function post(path: string, body: unknown): Promise<BrowserSession | null> {
  const response = await fetch(path, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (response.status === 204) return null;
  const answer = (await response.json().catch(() => ({}))) as Partial<BrowserSession> & { errors?: unknown };
  if (!response.ok) throw apiErrorOf(answer, response.status);
  return answer as BrowserSession;
}

function keep(session: BrowserSession | null): void {
  accessToken = session?.accessToken ?? null;
  expiresAt = session ? Date.now() + session.expiresInSeconds * 1000 : 0;
}

export async function signIn(email: string, password: string): Promise<void> {
  keep(await post('/session', { email, password }));
}

/** A new access token from the session cookie; false (signed out) when there is no session to go on with. */
export function refreshSession(): Promise<boolean> {
  const refresh = async () => {
    const hadSession = accessToken !== null;
    try {
      const session = await post('/session/refresh', {});
      keep(session);
      if (!session && hadSession) ended();
      return session !== null;
    } catch (error) {
      if (error instanceof ApiError && error.code === 'UNAUTHENTICATED') {
        ended();
        return false;
      }
      throw error;
    }
  };
  refreshing ??= (navigator.locks ? navigator.locks.request('magmatch-session', refresh) : refresh()).finally(() => {
    refreshing = null;
  });
  return refreshing;
}

/** Ends the session here and in every other tab of this browser, even when the API cannot be reached. */
export async function signOut(): Promise<void> {
  try {
    await post('/session/sign-out', {});
  } finally {
    otherTabs?.postMessage('signed-out');
    ended();
  }
}

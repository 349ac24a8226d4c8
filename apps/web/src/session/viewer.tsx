import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { graphqlClient, reconnectSubscriptions } from '../graphql/client.ts';
import { MeDocument, type MeQuery } from '../graphql/generated.ts';
import { errorText, NO_ANSWER } from '../components/error-alert.tsx';
import * as session from './session.ts';

export type Viewer = MeQuery['me'];

interface ViewerState {
  readonly viewer: Viewer | null;
  /** True until the page knows whether the browser has a session to go on with. */
  readonly loading: boolean;
  readonly signIn: (email: string, password: string) => Promise<void>;
  readonly signOut: () => Promise<void>;
}

const ViewerContext = createContext<ViewerState | null>(null);

async function loadViewer(): Promise<Viewer> {
  const result = await graphqlClient.query(MeDocument, {}, { requestPolicy: 'network-only' }).toPromise();
  if (!result.data) throw new Error(result.error ? errorText(result.error) : NO_ANSWER);
  return result.data.me;
}

/** Who is signed in: restored from the session cookie when the page loads, set by signing in. */
export function ViewerProvider({ children }: { children: ReactNode }) {
  const [viewer, setViewer] = useState<Viewer | null>(null);
  const [loading, setLoading] = useState(true);

  // Signed out in another tab, or the session refused by the API: the pages go back to signing in.
  useEffect(() => session.onSessionEnded(() => setViewer(null)), []);

  useEffect(() => {
    session
      .refreshSession()
      .then((restored) => (restored ? loadViewer() : null))
      .then(setViewer, () => setViewer(null))
      .finally(() => setLoading(false));
  }, []);

  const signIn = useCallback(async (email: string, password: string) => {
    await session.signIn(email, password);
    reconnectSubscriptions();
    setViewer(await loadViewer());
  }, []);

  const signOut = useCallback(async () => {
    try {
      await session.signOut();
    } finally {
      // A fresh page: nothing cached for this account survives into the next one's.
      location.assign('/sign-in');
    }
  }, []);

  const state = useMemo(() => ({ viewer, loading, signIn, signOut }), [viewer, loading, signIn, signOut]);
  return <ViewerContext.Provider value={state}>{children}</ViewerContext.Provider>;
}

export function useViewer(): ViewerState {
  const state = useContext(ViewerContext);
  if (!state) throw new Error('useViewer outside ViewerProvider');
  return state;
}

export const isModerator = (viewer: Viewer | null) => viewer?.role === 'MODERATOR';
export const canSell = (viewer: Viewer | null) => viewer?.organization?.capabilities.includes('SELL') ?? false;
export const canBuy = (viewer: Viewer | null) => viewer?.organization?.capabilities.includes('BUY') ?? false;

/**
 * The page a viewer starts on: the association's review queues; a buyer organisation's requirements (even
 * an OEM that also sells its scrap); a supplier's listings (even a die-caster that also buys ingot).
 */
export function homeOf(viewer: Viewer | null): string {
  if (!viewer) return '/sign-in';
  if (isModerator(viewer)) return '/association/review';
  const buyerFirst = viewer.organization?.type === 'BUYER' ? canBuy(viewer) : !canSell(viewer);
  return buyerFirst ? '/buyer/requirements' : '/supplier/listings';
}

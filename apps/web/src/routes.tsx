import { Spin } from 'antd';
import { lazy, Suspense, type ReactNode } from 'react';
import { createBrowserRouter, Navigate, useParams } from 'react-router-dom';
import { AppShell } from './app-shell.tsx';
import { ChainMapPage } from './association/chain-map-page.tsx';
import { EndorsementPage } from './association/endorsement-page.tsx';
import { ReviewPage } from './association/review-page.tsx';
import { ListingEditorPage } from './listings/listing-editor-page.tsx';
import { ListingMatchesPage } from './listings/listing-matches-page.tsx';
import { MyListingsPage } from './listings/my-listings-page.tsx';
import { NotificationsPage } from './notifications/notifications-page.tsx';
import { ProgramsPage } from './programs/programs-page.tsx';
import { PurchasesPage } from './programs/purchases-page.tsx';
import { DealsPage } from './quotes/deals-page.tsx';
import { MyQuotesPage } from './quotes/my-quotes-page.tsx';
import { MyRequirementsPage } from './requirements/my-requirements-page.tsx';
import { NewRequirementPage } from './requirements/new-requirement-page.tsx';
import { RequirementPage } from './requirements/requirement-page.tsx';
import { RegisterPage } from './session/register-page.tsx';
import { SignInPage } from './session/sign-in-page.tsx';
import { homeOf, useViewer } from './session/viewer.tsx';

// ECharts is loaded with the one page that draws charts, not with the sign-in page.
const DashboardPage = lazy(() => import('./association/dashboard-page.tsx').then((module) => ({ default: module.DashboardPage })));

/** Pages that need a session: a visitor without one is sent to sign in. */
function SignedIn({ children }: { children: ReactNode }) {
  const { viewer, loading } = useViewer();
  if (loading) return <Spin fullscreen />;
  return viewer ? children : <Navigate to="/sign-in" replace />;
}

/** A new editor for each listing (and for a new one), never the last one's form. */
function ListingEditor() {
  const { id } = useParams();
  return <ListingEditorPage key={id ?? 'new'} />;
}

function Home() {
  const { viewer, loading } = useViewer();
  return loading ? <Spin fullscreen /> : <Navigate to={homeOf(viewer)} replace />;
}

export const router = createBrowserRouter([
  { path: '/sign-in', element: <SignInPage /> },
  { path: '/register', element: <RegisterPage /> },
  {
    element: (
      <SignedIn>
        <AppShell />
      </SignedIn>
    ),
    children: [
      { path: '/', element: <Home /> },
      { path: '/supplier/listings', element: <MyListingsPage /> },
      { path: '/supplier/listings/new', element: <ListingEditor /> },
      { path: '/supplier/listings/:id/edit', element: <ListingEditor /> },
      { path: '/supplier/listings/:id/matches', element: <ListingMatchesPage /> },
      { path: '/supplier/quotes', element: <MyQuotesPage /> },
      { path: '/buyer/requirements', element: <MyRequirementsPage /> },
      { path: '/buyer/requirements/new', element: <NewRequirementPage /> },
      { path: '/buyer/requirements/:id', element: <RequirementPage /> },
      { path: '/buyer/purchases', element: <PurchasesPage /> },
      { path: '/deals', element: <DealsPage /> },
      { path: '/association/programs', element: <ProgramsPage /> },
      { path: '/association/matches', element: <EndorsementPage /> },
      { path: '/notifications', element: <NotificationsPage /> },
      { path: '/association/review', element: <ReviewPage /> },
      {
        path: '/association/dashboard',
        element: (
          <Suspense fallback={<Spin />}>
            <DashboardPage />
          </Suspense>
        ),
      },
      { path: '/association/chain-map', element: <ChainMapPage /> },
      { path: '*', element: <Home /> },
    ],
  },
]);

import { App as AntApp } from 'antd';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router-dom';
import { Provider as GraphqlProvider } from 'urql';
import { graphqlClient } from './graphql/client.ts';
import { LanguageProvider } from './i18n/i18n.tsx';
import { router } from './routes.tsx';
import { ViewerProvider } from './session/viewer.tsx';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <LanguageProvider>
      <AntApp>
        <GraphqlProvider value={graphqlClient}>
          <ViewerProvider>
            <RouterProvider router={router} />
          </ViewerProvider>
        </GraphqlProvider>
      </AntApp>
    </LanguageProvider>
  </StrictMode>,
);

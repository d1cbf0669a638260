import { useEffect, useState } from 'react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { QueryClientProvider } from '@tanstack/react-query';
import { I18nextProvider } from 'react-i18next';
import { RouterProvider } from 'react-router';
import { createQueryClient } from '../api/query-client';
import { refetchWhenWorldChangesElsewhere } from '../api/world-sync';
import { i18n } from '../i18n';
import { ErrorBoundary } from './error-boundary';
import { createAppRouter } from './router';
import './app.css';

export function App() {
  const [queryClient] = useState(createQueryClient);
  const [router] = useState(createAppRouter);
  // Another tab changed the shared world: refetch what this one shows.
  useEffect(() => refetchWhenWorldChangesElsewhere(queryClient), [queryClient]);
  return (
    <FluentProvider theme={webLightTheme} style={{ height: '100%' }}>
      <ErrorBoundary>
        <QueryClientProvider client={queryClient}>
          <I18nextProvider i18n={i18n}>
            <RouterProvider router={router} />
          </I18nextProvider>
        </QueryClientProvider>
      </ErrorBoundary>
    </FluentProvider>
  );
}

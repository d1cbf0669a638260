// The floor of the portal's fixed stack (docs/performance.md): the floor app (React + FluentProvider
// + Button) plus each library the shell and the first blade cannot render without, used the least
// way the portal uses it: react-router's data router (a loader redirect, a lazy route, an error
// element), TanStack Query (a provider and one query), i18next with react-i18next (one catalog),
// Griffel's runtime makeStyles, and the Fluent components the shell and first blade draw (Spinner,
// Text, Link). Built by the portal's own Vite config, in the same run as the portal.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import {
  Button,
  FluentProvider,
  Link as FluentLink,
  makeStyles,
  Spinner,
  Text,
  tokens,
  webLightTheme,
} from '@fluentui/react-components';
import { QueryClient, QueryClientProvider, queryOptions, useQuery } from '@tanstack/react-query';
import i18n from 'i18next';
import { I18nextProvider, initReactI18next, useTranslation } from 'react-i18next';
import {
  createBrowserRouter,
  Outlet,
  redirect,
  RouterProvider,
  useParams,
  useRouteError,
} from 'react-router';

void i18n.use(initReactI18next).init({
  resources: { en: { common: { floor: 'Floor', loading: 'Loading' } } },
  lng: 'en',
  defaultNS: 'common',
  interpolation: { escapeValue: false },
});

const useStyles = makeStyles({
  root: {
    display: 'flex',
    gap: tokens.spacingHorizontalM,
    ':hover': { color: tokens.colorNeutralForeground2 },
  },
});

const pageQuery = (id: string) =>
  queryOptions({ queryKey: ['floor', id], queryFn: () => fetch(`/${id}`).then((r) => r.text()) });

function Page() {
  const { t } = useTranslation();
  const styles = useStyles();
  const { id } = useParams();
  const answer = useQuery(pageQuery(id ?? ''));
  return (
    <div className={styles.root}>
      {answer.isLoading && <Spinner label={t('loading')} />}
      <Text>{answer.data}</Text>
      <FluentLink href="/">{id}</FluentLink>
      <Button appearance="primary">{t('floor')}</Button>
    </div>
  );
}

function RouteError() {
  return <Text role="alert">{String(useRouteError())}</Text>;
}

const router = createBrowserRouter([
  {
    path: '/',
    element: <Outlet />,
    errorElement: <RouteError />,
    children: [
      { index: true, loader: () => redirect('/floor') },
      { path: ':id', element: <Page /> },
      { path: 'lazy', lazy: () => import('./lazy-route').then((m) => ({ Component: m.LazyRoute })) },
    ],
  },
]);

const queryClient = new QueryClient();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <FluentProvider theme={webLightTheme}>
      <QueryClientProvider client={queryClient}>
        <I18nextProvider i18n={i18n}>
          <RouterProvider router={router} />
        </I18nextProvider>
      </QueryClientProvider>
    </FluentProvider>
  </StrictMode>,
);

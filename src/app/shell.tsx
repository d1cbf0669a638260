import { lazy, Suspense, useEffect } from 'react';
import { makeStyles, Spinner, tokens, Text } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { loadNamespaces } from '../i18n';
import {
  notificationsQuery,
  rememberNotificationBaseline,
} from '../features/notifications/notifications-api';

/**
 * docs/performance.md: the entry holds the banner and main only; the header tools, the Runbook
 * panel and the toasts are one lazy chunk (with its catalogs), fetched at once beside the first blade.
 */
const parts = () =>
  Promise.all([import('./shell-parts'), loadNamespaces(['clock', 'notifications', 'runbooks'])]).then(
    ([m]) => m,
  );
const HeaderTools = lazy(() => parts().then((m) => ({ default: m.HeaderTools })));
const RunbookPanel = lazy(() => parts().then((m) => ({ default: m.RunbookPanel })));
const NotificationToasts = lazy(() => parts().then((m) => ({ default: m.NotificationToasts })));

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', height: '100vh' },
  banner: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    flexWrap: 'wrap',
  },
  product: { fontWeight: tokens.fontWeightSemibold, marginRight: 'auto' },
  productLink: { color: 'inherit', textDecorationLine: 'none' },
  // The Runbook panel docks beside main (docs/runbooks.md §3): it shrinks the blade, never covers it.
  work: { display: 'flex', flexGrow: 1, minHeight: 0 },
  main: {
    display: 'flex',
    flexDirection: 'column',
    flexGrow: 1,
    minHeight: 0,
    minWidth: 0,
    overflow: 'auto',
  },
  loading: { marginTop: tokens.spacingVerticalXXXL },
});

/**
 * What the router shows while the first route's chunks and catalogs load, before its first render
 * (react-router's HydrateFallback): the named progress indicator src/main.tsx shows while the URL's
 * parameters apply, in the same place, so the page goes from one to the shell without a jump.
 */
export function ShellStarting() {
  const { t } = useTranslation('common');
  return <StartingSpinner label={t('loading')} />;
}

/** The page-wide "Loading…" before the shell: src/main.tsx's and the router's first navigation's. */
export function StartingSpinner({ label }: { label: string }) {
  return <Spinner label={label} style={{ marginTop: '20vh' }} />;
}

/** docs/ui-names.md §1: one banner with the header controls, one main holding the current blade. */
export function Shell() {
  const { t } = useTranslation('shell');
  const styles = useStyles();
  // docs/ui-names.md §6: on a fresh session the notification history as of page load raises no
  // toast. The toaster is lazy; it takes that history from the cache when it mounts, so an
  // operation started before its chunk arrives still raises its toast.
  const client = useQueryClient();
  useEffect(() => {
    rememberNotificationBaseline(() => client.fetchQuery(notificationsQuery())).catch(() => {
      // No history yet (backend unreachable): the toaster takes the baseline when it mounts.
    });
  }, [client]);
  return (
    <div className={styles.root}>
      <header className={styles.banner}>
        <Text className={styles.product} size={400}>
          <Link to="/" className={styles.productLink}>
            {t('common:appName')}
          </Link>
        </Text>
        <Suspense fallback={<Spinner size="extra-tiny" aria-label={t('common:loading')} />}>
          <HeaderTools />
        </Suspense>
      </header>
      <div className={styles.work}>
        <main className={styles.main}>
          {/* A blade whose catalog is still on its way (src/i18n): a named progress indicator. */}
          <Suspense fallback={<Spinner label={t('common:loading')} className={styles.loading} />}>
            <Outlet />
          </Suspense>
        </main>
        <Suspense>
          <RunbookPanel />
        </Suspense>
      </div>
      <Suspense>
        <NotificationToasts />
      </Suspense>
    </div>
  );
}

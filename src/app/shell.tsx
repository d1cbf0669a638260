import { makeStyles, tokens, Text } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { NotificationsButton, NotificationToasts } from '../features/notifications/notifications-button';
import { ClockButton, SimulatedTime } from '../features/clock/clock-button';
import { RunbookPanel } from '../features/runbooks/runbook-panel';
import { RouterLink } from '../components/router-link';
import { LanguagePicker, RolePicker } from './header-controls';

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
});

/** docs/ui-names.md §1: one banner with the header controls, one main holding the current blade. */
export function Shell() {
  const { t } = useTranslation('shell');
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <header className={styles.banner}>
        <Text className={styles.product} size={400}>
          <Link to="/" className={styles.productLink}>
            {t('common:appName')}
          </Link>
        </Text>
        <SimulatedTime />
        <ClockButton />
        <NotificationsButton />
        <RouterLink to="/lab">{t('lab')}</RouterLink>
        <RouterLink to="/runbooks">{t('runbooks:link')}</RouterLink>
        <RolePicker />
        <LanguagePicker />
      </header>
      <div className={styles.work}>
        <main className={styles.main}>
          <Outlet />
        </main>
        <RunbookPanel />
      </div>
      <NotificationToasts />
    </div>
  );
}

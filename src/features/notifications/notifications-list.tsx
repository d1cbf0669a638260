import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { Button, makeStyles, MessageBar, Text, tokens } from '@fluentui/react-components';
import type { NotificationEntry } from '../../api/wire-types';
import { notificationTitle } from '../../components/job-text';
import { useDismissAll, useMarkAllRead, jobPath } from './notifications-api';
import { StatusIcon, StatusText } from './notification-status';

const useStyles = makeStyles({
  toolbar: { display: 'flex', gap: tokens.spacingHorizontalS, marginBottom: tokens.spacingVerticalM },
  list: { listStyleType: 'none', margin: 0, padding: 0, maxHeight: '60vh', overflowY: 'auto' },
  item: {
    display: 'grid',
    gridTemplateColumns: 'auto 1fr auto',
    columnGap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  unread: { fontWeight: tokens.fontWeightSemibold },
  meta: { display: 'flex', gap: tokens.spacingHorizontalS, color: tokens.colorNeutralForeground3 },
});

/** The notification history (newest first) with Mark all as read and Dismiss all. */
export function NotificationsList(props: {
  data: NotificationEntry[] | undefined;
  isLoading: boolean;
  onNavigate: () => void;
}) {
  const { data, isLoading, onNavigate } = props;
  const { t, i18n } = useTranslation(['notifications', 'jobs']);
  const styles = useStyles();
  const markAll = useMarkAllRead();
  const dismissAll = useDismissAll();
  const entries = [...(data ?? [])].sort((a, b) => b.time.localeCompare(a.time));
  const error = markAll.error ?? dismissAll.error;
  const time = (iso: string) =>
    new Date(iso).toLocaleString(i18n.language, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

  return (
    <>
      <div className={styles.toolbar}>
        {/* Once done they have nothing left to do, yet keep focus in the dialog (docs/ui-names.md §10). */}
        <Button disabledFocusable={entries.every((e) => e.read)} onClick={() => markAll.mutate()}>
          {t('markAllRead')}
        </Button>
        <Button disabledFocusable={entries.length === 0} onClick={() => dismissAll.mutate()}>
          {t('dismissAll')}
        </Button>
      </div>
      {error && (
        <MessageBar intent="error" role="alert">
          {t('error', { message: error.message })}
        </MessageBar>
      )}
      {isLoading && <Text>{t('loading')}</Text>}
      {!isLoading && entries.length === 0 && <Text>{t('empty')}</Text>}
      {entries.length > 0 && (
        <ul className={styles.list} aria-label={t('history')}>
          {entries.map((entry) => (
            <li key={entry.id} className={styles.item}>
              <StatusIcon status={entry.status} />
              <div>
                <Text className={entry.read ? undefined : styles.unread} block>
                  {notificationTitle(t, entry)}
                </Text>
                <div className={styles.meta}>
                  <StatusText status={entry.status} />
                  <Text>{time(entry.time)}</Text>
                  {!entry.read && <Text>{t('unread')}</Text>}
                </div>
              </div>
              {jobPath(entry) && (
                <RouterLink to={jobPath(entry) ?? ''} onClick={onNavigate}>
                  {t('goToJob')}
                </RouterLink>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

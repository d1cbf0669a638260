import { useTranslation } from 'react-i18next';
import { CounterBadge } from '@fluentui/react-components';
import { AlertRegular } from '@fluentui/react-icons';
import { HeaderDialogButton } from '../../components/header-dialog-button';
import { useNotifications } from './notifications-api';
import { NotificationsList } from './notifications-list';

export { NotificationToasts } from './notification-toasts';

/** Header button "Notifications" (its name starts so, with the unread count) opening the history. */
export function NotificationsButton() {
  const { t } = useTranslation('notifications');
  const { data, isLoading } = useNotifications();
  const unread = data?.filter((n) => !n.read).length ?? 0;
  const label = unread > 0 ? t('buttonUnread', { count: unread }) : t('button');

  return (
    <HeaderDialogButton
      label={label}
      icon={<AlertRegular />}
      badge={unread > 0 ? <CounterBadge count={unread} size="small" aria-hidden /> : undefined}
      title={t('title')}
      closeText={t('close')}
    >
      {(close) => <NotificationsList data={data} isLoading={isLoading} onNavigate={close} />}
    </HeaderDialogButton>
  );
}

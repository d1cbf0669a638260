import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Button,
  CounterBadge,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  Tooltip,
} from '@fluentui/react-components';
import { AlertRegular } from '@fluentui/react-icons';
import { useNotifications } from './notifications-api';
import { NotificationsList } from './notifications-list';

export { NotificationToasts } from './notification-toasts';

/** Header button "Notifications" (its name starts so, with the unread count) opening the history. */
export function NotificationsButton() {
  const { t } = useTranslation('notifications');
  const [open, setOpen] = useState(false);
  const { data, isLoading } = useNotifications();
  const unread = data?.filter((n) => !n.read).length ?? 0;
  const label = unread > 0 ? t('buttonUnread', { count: unread }) : t('button');

  return (
    <Dialog open={open} onOpenChange={(_, d) => setOpen(d.open)}>
      <DialogTrigger disableButtonEnhancement>
        <Tooltip content={label} relationship="label">
          <Button appearance="subtle" icon={<AlertRegular />}>
            {unread > 0 && <CounterBadge count={unread} size="small" aria-hidden />}
          </Button>
        </Tooltip>
      </DialogTrigger>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t('title')}</DialogTitle>
          <DialogContent>
            <NotificationsList data={data} isLoading={isLoading} onNavigate={() => setOpen(false)} />
          </DialogContent>
          <DialogActions>
            <DialogTrigger disableButtonEnhancement>
              <Button appearance="secondary">{t('close')}</Button>
            </DialogTrigger>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

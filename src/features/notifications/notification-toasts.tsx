import { useEffect, useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import {
  Toast,
  ToastBody,
  ToastTitle,
  Toaster,
  useFocusableGroup,
  useId,
  useToastController,
} from '@fluentui/react-components';
import type { NotificationEntry } from '../../api/wire-types';
import { notificationTitle } from '../../components/job-text';
import {
  jobPath,
  readSeenNotifications as readSeen,
  useNotifications,
  writeSeenNotifications as writeSeen,
  type SeenNotifications as Seen,
} from './notifications-api';
import { StatusIcon, toastIntent } from './notification-status';

function ToastContent({ entry }: { entry: NotificationEntry }) {
  const { t } = useTranslation(['notifications', 'jobs']);
  const path = jobPath(entry);
  // docs/ui-names.md §10: Tab goes through a toast (itself, then its link) and on out of it. Fluent
  // makes a toast a focus group that traps Tab until Esc; this toast's group lets Tab leave.
  const passThrough = useFocusableGroup({ tabBehavior: 'unlimited' })['data-tabster'];
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const container = ref.current?.closest<HTMLElement>('[role="listitem"]');
    if (!container || !passThrough) return;
    // The toast and the toaster's list: groups Tab passes through; Tab stops at the link only
    // (a focused toast would send Shift+Tab back into itself).
    container.setAttribute('data-tabster', passThrough);
    container.tabIndex = -1;
    container.closest('[data-toaster-position]')?.setAttribute('data-tabster', passThrough);
  }, [passThrough]);
  return (
    <Toast ref={ref}>
      <ToastTitle
        media={<StatusIcon status={entry.status} />}
        action={path ? <RouterLink to={path}>{t('goToJob')}</RouterLink> : undefined}
      >
        {notificationTitle(t, entry)}
      </ToastTitle>
      <ToastBody>{t(`status.${entry.status}`, { defaultValue: entry.status })}</ToastBody>
    </Toast>
  );
}

/**
 * Mounted once in the shell: raises a toast for each new notification and updates it in place
 * when its job's status changes (docs/ui-names.md §6). What was seen is kept in sessionStorage, so a
 * reload does not raise old toasts again; on a fresh session the current history is the baseline.
 */
export function NotificationToasts() {
  const toasterId = useId('notifications-toaster');
  const { dispatchToast, updateToast } = useToastController(toasterId);
  const { data } = useNotifications();
  const shown = useRef(new Set<string>());

  useEffect(() => {
    if (!data) return;
    const previous = readSeen();
    const next: Seen = {};
    for (const entry of data) {
      next[entry.id] = entry.status;
      // Ids missing from the list were dismissed or replaced by a scenario load: forgetting them
      // lets a deterministic id that comes back raise its toast again.
      if (!previous) continue;
      const before = previous[entry.id];
      if (before === entry.status) continue;
      const options = {
        toastId: entry.id,
        intent: toastIntent(entry.status),
        timeout: entry.status === 'InProgress' ? -1 : 8000,
      } as const;
      if (shown.current.has(entry.id)) {
        updateToast({ ...options, content: <ToastContent entry={entry} /> });
      } else {
        shown.current.add(entry.id);
        dispatchToast(<ToastContent entry={entry} />, {
          ...options,
          // A toast the user closed (or that timed out) is raised anew at its next status change.
          onStatusChange: (_, { status }) => {
            if (status === 'unmounted') shown.current.delete(entry.id);
          },
        });
      }
    }
    writeSeen(next);
  }, [data, dispatchToast, updateToast]);

  return <Toaster toasterId={toasterId} position="top-end" pauseOnHover limit={5} />;
}

import { useTranslation } from 'react-i18next';
import { Spinner, Text } from '@fluentui/react-components';
import { CheckmarkCircleFilled, DismissCircleFilled, InfoFilled, WarningFilled } from '@fluentui/react-icons';
import type { NotificationEntry } from '../../api/wire-types';

type Status = NotificationEntry['status'];

export const toastIntent = (status: Status) =>
  status === 'Succeeded'
    ? 'success'
    : status === 'Failed'
      ? 'error'
      : status === 'InProgress'
        ? 'info'
        : 'warning';

/** The status icon: a spinner while the job runs, then the outcome. */
export function StatusIcon({ status }: { status: Status }) {
  const { t } = useTranslation('notifications');
  switch (status) {
    case 'InProgress':
      // docs/ui-names.md §10: every progress indicator has a name (axe aria-progressbar-name).
      return <Spinner size="extra-tiny" aria-label={t('status.InProgress')} />;
    case 'Succeeded':
      return <CheckmarkCircleFilled color="var(--colorPaletteGreenForeground1)" />;
    case 'Failed':
      return <DismissCircleFilled color="var(--colorPaletteRedForeground1)" />;
    case 'WaitingForInput':
      return <InfoFilled color="var(--colorBrandForeground1)" />;
    default:
      return <WarningFilled color="var(--colorPaletteYellowForeground1)" />;
  }
}

export function StatusText({ status }: { status: Status }) {
  const { t } = useTranslation('notifications');
  return <Text>{t(`status.${status}`, { defaultValue: status })}</Text>;
}

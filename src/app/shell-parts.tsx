import { useTranslation } from 'react-i18next';
import { ClockButton, SimulatedTime } from '../features/clock/clock-button';
import { NotificationsButton } from '../features/notifications/notifications-button';
import { RouterLink } from '../components/router-link';
import { LanguagePicker, RolePicker } from './header-controls';

export { NotificationToasts } from '../features/notifications/notifications-button';
export { RunbookPanel } from '../features/runbooks/runbook-panel';

/**
 * docs/ui-names.md §1: the banner's controls after the product name (simulated time, clock,
 * notifications, Lab, Runbooks, role, language). A lazy chunk of its own: none of it is needed for
 * the first blade, and the header dialogs, pickers and toasts are most of the shell's weight.
 * src/app/shell.tsx loads its catalogs (clock, notifications, runbooks) beside it.
 */
export function HeaderTools() {
  const { t } = useTranslation(['shell', 'runbooks']);
  return (
    <>
      <SimulatedTime />
      <ClockButton />
      <NotificationsButton />
      <RouterLink to="/lab">{t('lab')}</RouterLink>
      <RouterLink to="/runbooks">{t('runbooks:link')}</RouterLink>
      <RolePicker />
      <LanguagePicker />
    </>
  );
}

import { useTranslation } from 'react-i18next';
import { Text } from '@fluentui/react-components';
import { ClockRegular } from '@fluentui/react-icons';
import { HeaderDialogButton } from '../../components/header-dialog-button';
import { formatSimulatedTime, useClock } from './clock-api';
import { ClockDialogContent } from './clock-dialog-content';

/** Header button "Simulation clock" opening the docs/ui-names.md §7 dialog. */
export function ClockButton() {
  const { t } = useTranslation('clock');
  return (
    <HeaderDialogButton label={t('button')} icon={<ClockRegular />} title={t('title')} closeText={t('close')}>
      {() => <ClockDialogContent />}
    </HeaderDialogButton>
  );
}

/** The simulated time as header text ("Simulated time: 23 Nov 2026 09:15"), polled every second. */
export function SimulatedTime() {
  const { t, i18n } = useTranslation('clock');
  const clock = useClock();
  return (
    <Text>
      {clock.data
        ? t('simulatedTime', { time: formatSimulatedTime(clock.data.now, i18n.language) })
        : t('loading')}
    </Text>
  );
}

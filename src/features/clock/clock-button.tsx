import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  Text,
  Tooltip,
} from '@fluentui/react-components';
import { ClockRegular } from '@fluentui/react-icons';
import { formatSimulatedTime, useClock } from './clock-api';
import { ClockDialogContent } from './clock-dialog-content';

/** Header button "Simulation clock" opening the ui-contract §7 dialog. */
export function ClockButton() {
  const { t } = useTranslation('clock');
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={(_, data) => setOpen(data.open)}>
      <DialogTrigger disableButtonEnhancement>
        <Tooltip content={t('button')} relationship="label">
          <Button appearance="subtle" icon={<ClockRegular />} aria-label={t('button')} />
        </Tooltip>
      </DialogTrigger>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t('title')}</DialogTitle>
          <DialogContent>
            <ClockDialogContent />
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

import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

/** Panes that are not built yet (planned failover, change recovery point, reverse replicate) say so. */
export function PaneNotAvailable() {
  const { t } = useTranslation('vault');
  const navigate = useNavigate();
  const close = () => navigate('..');
  return (
    <Dialog open onOpenChange={(_, data) => !data.open && close()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t('paneNotAvailable.title')}</DialogTitle>
          <DialogContent>{t('paneNotAvailable.body')}</DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={close}>
              {t('paneNotAvailable.close')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

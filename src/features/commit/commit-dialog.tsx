import { useState } from 'react';
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
} from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ArmError } from '../../api/arm-client';
import { armPaths } from '../../api/arm-paths';
import { useItem, useStartOperation } from '../../api/items';

/**
 * Route `…/replicated-items/:item/commit` (ui-contract §5): an alert dialog stating what commit
 * deletes. Back on-premises (LIFE-5, HV-6) it deletes the Azure VM; in Azure (LIFE-2) the other
 * recovery points, so the recovery point can no longer be changed.
 */
export function CommitDialog() {
  const { t } = useTranslation('panes');
  const { vault = '', item: name = '' } = useParams();
  const navigate = useNavigate();
  const { item, notFound, error: loadError } = useItem(vault, name);
  const start = useStartOperation(vault);
  const [error, setError] = useState<string | null>(null);
  const close = () => void navigate('..', { relative: 'path' });

  const ok = async () => {
    if (!item || start.isPending) return; // no second job from a double click
    setError(null);
    try {
      await start.mutateAsync({ path: armPaths.itemAction(item.id, 'failoverCommit'), body: {} });
      close();
    } catch (caught) {
      if (!(caught instanceof ArmError)) throw caught;
      setError(caught.message);
    }
  };

  const message = !item
    ? null
    : item.properties.activeLocation === 'Primary'
      ? t('commit.deletesAzureVm', { name })
      : t('commit.deletesRecoveryPoints', { name });
  const problem = error ?? loadError?.message ?? (notFound ? t('pane.itemNotFound', { name }) : null);
  return (
    <Dialog
      open
      modalType="alert"
      onOpenChange={(_event, data) => {
        if (!data.open) close();
      }}
    >
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t('commit.title')}</DialogTitle>
          <DialogContent>
            {problem ? (
              <MessageBar intent="error" layout="multiline">
                <MessageBarBody>
                  {error ? <MessageBarTitle>{t('pane.startFailed')}</MessageBarTitle> : null}
                  {problem}
                </MessageBarBody>
              </MessageBar>
            ) : null}
            {message ?? (notFound ? null : <Spinner size="tiny" label={t('pane.loading')} />)}
          </DialogContent>
          <DialogActions>
            <Button
              appearance="primary"
              disabled={!item || start.isPending}
              icon={start.isPending ? <Spinner size="tiny" /> : undefined}
              onClick={() => void ok()}
            >
              {t('commit.ok')}
            </Button>
            <Button appearance="secondary" onClick={close}>
              {t('commit.cancel')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

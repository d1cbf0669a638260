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
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { arm, ArmError } from '../../api/arm-client';
import { DEFAULT_VAULT } from '../../api/arm-paths';
import { keys } from '../../api/query-keys';
import { simulatorFabricPath } from '../add-process-server/process-server-api';
import { useFabrics } from './infrastructure-api';

/**
 * Route `…/configuration-servers/:server/process-servers/:processServer/delete` (PS-5): an alert
 * dialog confirming that the failback process server in Azure is deleted. The backend refuses an
 * on-premises process server, or one an item still replicates through, and the dialog says why.
 */
export function DeleteProcessServerDialog() {
  const { t } = useTranslation('infra');
  const params = useParams();
  const vault = params.vault ?? DEFAULT_VAULT;
  const name = params.processServer ?? '';
  const navigate = useNavigate();
  const client = useQueryClient();
  const fabrics = useFabrics(vault);
  const [error, setError] = useState<string | null>(null);
  const fabric = fabrics.data?.find(
    (f) => f.name === params.server || f.properties.friendlyName === params.server,
  );
  const known = fabric?.properties.customDetails?.processServers?.some(
    (ps) => ps.friendlyName.toLowerCase() === name.toLowerCase(),
  );
  const remove = useMutation({
    mutationFn: (fabricId: string) =>
      arm.delete(simulatorFabricPath(fabricId, `processServers/${encodeURIComponent(name)}`)),
    onSettled: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: keys.vault(vault) }),
        client.invalidateQueries({ queryKey: keys.notifications }),
        client.invalidateQueries({ queryKey: keys.lab }),
      ]),
  });
  // Back to the configuration server blade (two segments up: `process-servers/:ps/delete`).
  const close = () => void navigate('../../..', { relative: 'path' });

  const ok = async () => {
    if (!fabric || remove.isPending) return; // no second job from a double click
    setError(null);
    try {
      await remove.mutateAsync(fabric.id);
      close();
    } catch (caught) {
      if (!(caught instanceof ArmError)) throw caught;
      setError(caught.message);
    }
  };

  const notFound = fabrics.isSuccess && !known;
  const problem =
    error ?? fabrics.error?.message ?? (notFound ? t('deleteProcessServer.notFound', { name }) : null);
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
          <DialogTitle>{t('deleteProcessServer.title')}</DialogTitle>
          <DialogContent>
            {problem ? (
              <MessageBar intent="error" layout="multiline">
                <MessageBarBody>
                  {error ? <MessageBarTitle>{t('deleteProcessServer.failed')}</MessageBarTitle> : null}
                  {problem}
                </MessageBarBody>
              </MessageBar>
            ) : null}
            {known ? t('deleteProcessServer.message', { name }) : null}
            {fabrics.isLoading ? <Spinner size="tiny" label={t('loading')} /> : null}
          </DialogContent>
          <DialogActions>
            <Button
              appearance="primary"
              disabled={!known || remove.isPending}
              icon={remove.isPending ? <Spinner size="tiny" /> : undefined}
              onClick={() => void ok()}
            >
              {t('deleteProcessServer.ok')}
            </Button>
            <Button appearance="secondary" onClick={close}>
              {t('deleteProcessServer.cancel')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

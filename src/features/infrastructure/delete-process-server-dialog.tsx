import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { arm } from '../../api/arm-client';
import { DEFAULT_VAULT } from '../../api/arm-paths';
import { useRole } from '../../api/role';
import { keys } from '../../api/query-keys';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { useConfirmAction } from '../../components/use-confirm-action';
import { simulatorFabricPath } from '../../api/process-server-api';
import { useLab } from '../../api/lab';
import { useFabrics } from './infrastructure-api';
import { deleteProcessServerReason } from './process-server-delete';

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
  const lab = useLab();
  const role = useRole();
  const fabric = fabrics.data?.find(
    (f) => f.name === params.server || f.properties.friendlyName === params.server,
  );
  const server = fabric?.properties.customDetails?.processServers?.find(
    (ps) => ps.friendlyName.toLowerCase() === name.toLowerCase(),
  );
  const known = Boolean(server);
  // A deep link may name a process server that can't be deleted: say why before OK (PS-5).
  const permission = role === 'Contributor' ? null : t('configurationServer.reasonPermission', { role });
  const reason =
    server && lab.data
      ? deleteProcessServerReason(
          t,
          server,
          lab.data.processServers?.[server.friendlyName]?.location,
          permission,
        )
      : null;
  const remove = useMutation({
    meta: { operation: true }, // a refusal is a runbook mistake (src/api/query-client.ts)
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
  const { error, confirm } = useConfirmAction(close);

  const ok = () => {
    if (!fabric || remove.isPending) return; // no second job from a double click
    void confirm(() => remove.mutateAsync(fabric.id));
  };

  const notFound = fabrics.isSuccess && !known;
  const problem =
    error ??
    fabrics.error?.message ??
    (notFound ? t('deleteProcessServer.notFound', { name }) : null) ??
    reason;
  return (
    <ConfirmDialog
      title={t('deleteProcessServer.title')}
      message={known ? t('deleteProcessServer.message', { name }) : null}
      loading={fabrics.isLoading || lab.isLoading}
      problem={problem}
      problemTitle={error ? t('deleteProcessServer.failed') : null}
      okText={t('deleteProcessServer.ok')}
      cancelText={t('deleteProcessServer.cancel')}
      okDisabled={!known || !lab.data || reason !== null}
      busy={remove.isPending}
      onOk={ok}
      onClose={close}
    />
  );
}

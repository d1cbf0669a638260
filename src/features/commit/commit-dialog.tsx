import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useItem, useStartOperation } from '../../api/items';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { useConfirmAction } from '../../components/use-confirm-action';
import { ViewAutomation } from '../../components/view-automation';
import { buildCommitRequest, commitPowerShell } from './commit-request';

/**
 * Route `…/replicated-items/:item/commit` (docs/ui-names.md §5): an alert dialog stating what commit
 * deletes. Back on-premises (LIFE-5, HV-6) it deletes the Azure VM; in Azure (LIFE-2) the other
 * recovery points, so the recovery point can no longer be changed.
 */
export function CommitDialog() {
  const { t } = useTranslation('panes');
  const { vault = '', item: name = '' } = useParams();
  const navigate = useNavigate();
  const { item, notFound, error: loadError } = useItem(vault, name);
  const start = useStartOperation(vault);
  const close = () => void navigate('..', { relative: 'path' });
  const { error, confirm } = useConfirmAction(close);

  const ok = () => {
    if (!item || start.isPending) return; // no second job from a double click
    void confirm(() => start.mutateAsync(buildCommitRequest(item.id)));
  };

  const message = !item ? null : (
    <>
      {item.properties.activeLocation === 'Primary'
        ? t('commit.deletesAzureVm', { name })
        : t('commit.deletesRecoveryPoints', { name })}
      <ViewAutomation request={buildCommitRequest(item.id)} powershell={commitPowerShell(item.id)} />
    </>
  );
  const problem = error ?? loadError?.message ?? (notFound ? t('pane.itemNotFound', { name }) : null);
  return (
    <ConfirmDialog
      title={t('commit.title')}
      message={message}
      loading={!item && !notFound}
      problem={problem}
      problemTitle={error ? t('pane.startFailed') : null}
      okText={t('commit.ok')}
      cancelText={t('commit.cancel')}
      okDisabled={!item}
      busy={start.isPending}
      onOk={ok}
      onClose={close}
    />
  );
}

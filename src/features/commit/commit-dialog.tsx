import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useItem } from '../../api/items';
import { OperationConfirmDialog } from '../../components/operation-confirm-dialog';
import { buildCommitRequest, commitPowerShell } from './commit-request';

/**
 * Route `…/replicated-items/:item/commit` (docs/ui-names.md §5): an alert dialog stating what commit
 * deletes. Back on-premises (LIFE-5, HV-6) it deletes the Azure VM; in Azure (LIFE-2) the other
 * recovery points, so the recovery point can no longer be changed.
 */
export function CommitDialog() {
  const { t } = useTranslation('panes');
  const { vault = '', item: name = '' } = useParams();
  const { item, notFound, error } = useItem(vault, name);
  return (
    <OperationConfirmDialog
      vault={vault}
      title={t('commit.title')}
      operation={
        item && {
          text:
            item.properties.activeLocation === 'Primary'
              ? t('commit.deletesAzureVm', { name })
              : t('commit.deletesRecoveryPoints', { name }),
          request: buildCommitRequest(item.id),
          powershell: commitPowerShell(item.id),
        }
      }
      notFound={notFound}
      notFoundText={t('pane.itemNotFound', { name })}
      loadError={error}
      okText={t('commit.ok')}
      cancelText={t('commit.cancel')}
    />
  );
}

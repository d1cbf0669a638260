import { useTranslation } from 'react-i18next';
import { ItemConfirmDialog } from '../../components/operation-confirm-dialog';
import { buildCommitRequest, commitPowerShell } from './commit-request';

/**
 * Route `…/replicated-items/:item/commit` (docs/ui-names.md §5): an alert dialog stating what commit
 * deletes. Back on-premises (LIFE-5, HV-6) it deletes the Azure VM; in Azure (LIFE-2) the other
 * recovery points, so the recovery point can no longer be changed.
 */
export function CommitDialog() {
  const { t } = useTranslation('panes');
  return (
    <ItemConfirmDialog
      title={t('commit.title')}
      operation={(item, name) => ({
        text:
          item.properties.activeLocation === 'Primary'
            ? t('commit.deletesAzureVm', { name })
            : t('commit.deletesRecoveryPoints', { name }),
        request: buildCommitRequest(item.id),
        powershell: commitPowerShell(item.id),
      })}
      okText={t('commit.ok')}
      cancelText={t('commit.cancel')}
    />
  );
}

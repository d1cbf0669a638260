import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { DEFAULT_VAULT } from '../../api/arm-paths';
import { OperationConfirmDialog } from '../../components/operation-confirm-dialog';
import { buildPlanActionRequest, planCommitPowerShell } from './plan-requests';
import { usePlan } from './recovery-plans-api';

/**
 * Route `…/recovery-plans/:plan/commit` (RPL-1, docs/ui-names.md §5): the alert dialog "Commit" for
 * every machine of the plan, stating what commit deletes (LIFE-2, LIFE-5); one plan job.
 */
export function PlanCommitDialog() {
  const { t } = useTranslation(['plans', 'panes']);
  const params = useParams();
  const vault = params.vault ?? DEFAULT_VAULT;
  const name = params.plan ?? '';
  const { plan, notFound, error } = usePlan(vault, name);
  const request = plan ? buildPlanActionRequest(vault, plan.name, 'failoverCommit', {}) : null;
  return (
    <OperationConfirmDialog
      vault={vault}
      title={t('commit.title')}
      operation={
        plan && request
          ? {
              text: t('commit.body', { name: plan.properties.friendlyName }),
              request,
              powershell: planCommitPowerShell(request),
            }
          : null
      }
      notFound={notFound}
      notFoundText={t('pane.planNotFound', { name })}
      loadError={error}
      okText={t('commit.ok')}
      cancelText={t('commit.cancel')}
    />
  );
}

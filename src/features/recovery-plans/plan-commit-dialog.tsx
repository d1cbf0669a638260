import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { DEFAULT_VAULT } from '../../api/arm-paths';
import { useStartOperation } from '../../api/items';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { useConfirmAction } from '../../components/use-confirm-action';
import { ViewAutomation } from '../../components/view-automation';
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
  const navigate = useNavigate();
  const { plan, notFound, error: loadError } = usePlan(vault, name);
  const start = useStartOperation(vault);
  const close = () => void navigate('..', { relative: 'path' });
  const { error, confirm } = useConfirmAction(close);

  const ok = () => {
    if (!plan || start.isPending) return; // no second job from a double click
    void confirm(() => start.mutateAsync(buildPlanActionRequest(vault, plan.name, 'failoverCommit', {})));
  };

  const problem = error ?? loadError?.message ?? (notFound ? t('pane.planNotFound', { name }) : null);
  return (
    <ConfirmDialog
      title={t('commit.title')}
      message={
        plan ? (
          <>
            {t('commit.body', { name: plan.properties.friendlyName })}
            <ViewAutomation
              request={buildPlanActionRequest(vault, plan.name, 'failoverCommit', {})}
              powershell={planCommitPowerShell(
                buildPlanActionRequest(vault, plan.name, 'failoverCommit', {}),
              )}
            />
          </>
        ) : null
      }
      loading={!plan && !notFound}
      problem={problem}
      problemTitle={error ? t('panes:pane.startFailed') : null}
      okText={t('commit.ok')}
      cancelText={t('commit.cancel')}
      okDisabled={!plan}
      busy={start.isPending}
      onOk={ok}
      onClose={close}
    />
  );
}

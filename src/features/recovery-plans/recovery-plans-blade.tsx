import { Text } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { DEFAULT_VAULT } from '../../api/arm-paths';
import { usePlanItemList } from '../../api/items';
import type { ArmItem, ArmJob } from '../../api/wire-types';
import { Blade } from '../../components/blade';
import { LoadState } from '../../components/load-state';
import { RouterLink } from '../../components/router-link';
import { columnHeaders, SimpleTable } from '../../components/simple-table';
import { planMachines, usePlanJobs, usePlans, type ArmPlan } from './recovery-plans-api';
import { JobLink } from './job-link';

/** Recovery plans (Site Recovery) (docs/ui-names.md §2): name, machines, replication groups, last operation. */
export function RecoveryPlansBlade() {
  const { t } = useTranslation(['plans', 'common']);
  const vault = useParams().vault ?? DEFAULT_VAULT;
  const plans = usePlans(vault);
  const items = usePlanItemList(vault, '*'); // items in any plan (docs/api.md §2.3)
  const base = `/vaults/${encodeURIComponent(vault)}/recovery-plans`;
  const list = plans.data ?? [];
  return (
    <Blade title={t('list.title')} subtitle={vault}>
      <LoadState isLoading={plans.isLoading} error={plans.error} />
      {plans.isSuccess && <Text>{t('list.count', { count: list.length })}</Text>}
      <SimpleTable
        label={t('list.title')}
        headers={columnHeaders(t, 'list', ['name', 'machines', 'groups', 'lastOperation'])}
        rows={list}
        rowKey={(plan) => plan.id}
        cells={(plan) => [
          <RouterLink to={`${base}/${encodeURIComponent(plan.name)}`}>
            {plan.properties.friendlyName}
          </RouterLink>,
          planMachines(plan).length,
          replicationGroups(plan, items.data).join(', ') || t('plan.none'),
          <LastOperation vault={vault} plan={plan.name} />,
        ]}
      />
      {plans.isSuccess && list.length === 0 && <Text>{t('list.empty')}</Text>}
    </Blade>
  );
}

/** The distinct replication groups of a plan's machines (RP-3), in machine order. */
export function replicationGroups(plan: ArmPlan, items: ArmItem[] | undefined): string[] {
  const names = new Set(planMachines(plan).map((name) => name.toLowerCase()));
  const groups = (items ?? [])
    .filter((item) => names.has(item.name.toLowerCase()))
    .map((item) => item.properties.providerSpecificDetails.replicationGroup)
    .filter((group): group is string => Boolean(group));
  return [...new Set(groups)];
}

function LastOperation({ vault, plan }: { vault: string; plan: string }) {
  const { t } = useTranslation('plans');
  const jobs = usePlanJobs(vault, plan);
  const last: ArmJob | undefined = jobs.data?.[0];
  return last ? <JobLink vault={vault} job={last} /> : <>{t('plan.none')}</>;
}

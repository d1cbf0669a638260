import { Subtitle2 } from '@fluentui/react-components';
import {
  ArrowClockwiseRegular,
  ArrowRepeatAllRegular,
  ArrowSwapRegular,
  CheckmarkRegular,
  CloudArrowUpRegular,
  BeakerRegular,
  BroomRegular,
} from '@fluentui/react-icons';
import type { ReactElement } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Outlet, useNavigate, useParams } from 'react-router';
import { DEFAULT_VAULT } from '../../api/arm-paths';
import { itemStatus } from '../../api/item-status';
import { keys } from '../../api/query-keys';
import { Blade } from '../../components/blade';
import { Command, CommandBar } from '../../components/command-bar';
import { Essentials } from '../../components/essentials';
import { LoadState } from '../../components/load-state';
import { RouterLink } from '../../components/router-link';
import { columnHeaders, SimpleTable } from '../../components/simple-table';
import { NotFoundBlade } from '../../components/not-found-blade';
import { JobLink } from './job-link';
import {
  PLAN_OPERATIONS,
  planMachines,
  reasonsText,
  usePlan,
  usePlanEligibility,
  usePlanItems,
  usePlanJobs,
  type PlanOperation,
} from './recovery-plans-api';

/** Each plan verb's pane route (docs/ui-names.md §2) and icon, as on the item blade. */
const VERBS: Record<PlanOperation, { route: string; icon: ReactElement }> = {
  reProtect: { route: 'reprotect', icon: <ArrowRepeatAllRegular /> },
  unplannedFailover: { route: 'unplanned-failover', icon: <CloudArrowUpRegular /> },
  plannedFailover: { route: 'planned-failover', icon: <ArrowSwapRegular /> },
  failoverCommit: { route: 'commit', icon: <CheckmarkRegular /> },
  testFailover: { route: 'test-failover', icon: <BeakerRegular /> },
  testFailoverCleanup: { route: 'cleanup-test-failover', icon: <BroomRegular /> },
};

/** A recovery plan's blade (docs/ui-names.md §2, RPL-1): plan verbs, essentials, machines, groups. */
export function RecoveryPlanBlade() {
  const { t } = useTranslation(['plans', 'common']);
  const params = useParams();
  const vault = params.vault ?? DEFAULT_VAULT;
  const name = params.plan ?? '';
  const navigate = useNavigate();
  const client = useQueryClient();
  const { plan, isLoading, notFound, error } = usePlan(vault, name);
  const eligibility = usePlanEligibility(vault, plan);
  const { items } = usePlanItems(vault, plan);
  const jobs = usePlanJobs(vault, plan?.name ?? name);
  if (notFound) return <NotFoundBlade />;

  const items_ = `/vaults/${encodeURIComponent(vault)}/replicated-items`;
  const lastJob = jobs.data?.[0];
  const none = t('plan.none');

  // Disabled commands say why: the plan eligibility's rule-cited reasons (RPL-1, LIFE-7, RP-3).
  const disabledReason = (operation: PlanOperation) => {
    const entry = eligibility.operations[operation];
    if (!entry) return t('common:loading');
    if (entry.allowed) return null;
    return reasonsText(entry.reasons) || t('plan.notAllowed');
  };

  const commands = (
    <CommandBar>
      {PLAN_OPERATIONS.map((operation) => (
        <Command
          key={operation}
          icon={VERBS[operation].icon}
          disabledReason={disabledReason(operation)}
          onClick={() => void navigate(VERBS[operation].route)}
        >
          {t(`operations.${operation}`)}
        </Command>
      ))}
      <Command
        icon={<ArrowClockwiseRegular />}
        onClick={() => void client.invalidateQueries({ queryKey: keys.vault(vault) })}
      >
        {t('operations.refresh')}
      </Command>
    </CommandBar>
  );

  const entries = plan
    ? [
        { label: t('plan.source'), value: plan.properties.primaryFabricFriendlyName || none },
        { label: t('plan.target'), value: plan.properties.recoveryFabricFriendlyName || none },
        { label: t('plan.machineCount'), value: planMachines(plan).length },
        {
          label: t('plan.lastOperation'),
          value: lastJob ? <JobLink vault={vault} job={lastJob} /> : none,
        },
      ]
    : [];
  const groupOf = (item: (typeof items)[number]) =>
    item.properties.providerSpecificDetails.replicationGroup || t('plan.noGroup');

  return (
    <Blade title={plan?.properties.friendlyName ?? name} subtitle={t('plan.subtitle')} commands={commands}>
      <LoadState isLoading={isLoading} error={error} />
      {plan && <Essentials label={t('plan.essentials')} entries={entries} />}
      <Subtitle2 as="h2">{t('plan.machines')}</Subtitle2>
      <SimpleTable
        label={t('plan.machines')}
        headers={columnHeaders(t, 'plan', ['machine', 'machineStatus', 'replicationGroup', 'activeLocation'])}
        rows={items}
        rowKey={(item) => item.id}
        cells={(item) => [
          <RouterLink to={`${items_}/${encodeURIComponent(item.properties.friendlyName)}`}>
            {item.properties.friendlyName}
          </RouterLink>,
          t(`common:status.${itemStatus(item)}`),
          groupOf(item),
          t(`common:location.${item.properties.activeLocation}`),
        ]}
      />
      <Subtitle2 as="h2">{t('plan.groups')}</Subtitle2>
      <SimpleTable
        label={t('plan.groups')}
        headers={columnHeaders(t, 'plan', ['group', 'groupMachines'])}
        rows={plan?.properties.groups ?? []}
        rowKey={(group, index) => `${index}-${group.groupType}`}
        cells={(group, index) => [
          t('plan.groupName', {
            index: index + 1,
            type: t(`plan.groupTypes.${group.groupType}`, { defaultValue: group.groupType }),
          }),
          (group.replicationProtectedItems ?? [])
            .map((entry) => decodeURIComponent(entry.id.split('/').pop() ?? entry.id))
            .join(', ') || none,
        ]}
      />
      <Outlet />
    </Blade>
  );
}

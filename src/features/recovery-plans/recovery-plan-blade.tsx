import {
  MessageBar,
  MessageBarBody,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Subtitle2,
} from '@fluentui/react-components';
import {
  ArrowClockwiseRegular,
  ArrowRepeatAllRegular,
  ArrowSwapRegular,
  CheckmarkRegular,
  CloudArrowUpRegular,
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
import { RouterLink } from '../../components/router-link';
import { NotFoundBlade } from '../not-found/not-found-blade';
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

/** Each plan verb's pane route (ui-contract §2) and icon, as on the item blade. */
const VERBS: Record<PlanOperation, { route: string; icon: ReactElement }> = {
  reProtect: { route: 'reprotect', icon: <ArrowRepeatAllRegular /> },
  unplannedFailover: { route: 'unplanned-failover', icon: <CloudArrowUpRegular /> },
  plannedFailover: { route: 'planned-failover', icon: <ArrowSwapRegular /> },
  failoverCommit: { route: 'commit', icon: <CheckmarkRegular /> },
};

/** A recovery plan's blade (ui-contract §2, RPL-1): plan verbs, essentials, machines, groups. */
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
      {isLoading && <Spinner size="small" label={t('common:loading')} />}
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{t('common:loadError', { message: error.message })}</MessageBarBody>
        </MessageBar>
      )}
      {plan && <Essentials label={t('plan.essentials')} entries={entries} />}
      <Subtitle2 as="h2">{t('plan.machines')}</Subtitle2>
      <Table size="small" aria-label={t('plan.machines')}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t('plan.machine')}</TableHeaderCell>
            <TableHeaderCell>{t('plan.machineStatus')}</TableHeaderCell>
            <TableHeaderCell>{t('plan.replicationGroup')}</TableHeaderCell>
            <TableHeaderCell>{t('plan.activeLocation')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {items.map((item) => (
            <TableRow key={item.id}>
              <TableCell>
                <RouterLink to={`${items_}/${encodeURIComponent(item.properties.friendlyName)}`}>
                  {item.properties.friendlyName}
                </RouterLink>
              </TableCell>
              <TableCell>{t(`common:status.${itemStatus(item)}`)}</TableCell>
              <TableCell>{groupOf(item)}</TableCell>
              <TableCell>{t(`common:location.${item.properties.activeLocation}`)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Subtitle2 as="h2">{t('plan.groups')}</Subtitle2>
      <Table size="small" aria-label={t('plan.groups')}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t('plan.group')}</TableHeaderCell>
            <TableHeaderCell>{t('plan.groupMachines')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {(plan?.properties.groups ?? []).map((group, index) => (
            <TableRow key={`${index}-${group.groupType}`}>
              <TableCell>
                {t('plan.groupName', {
                  index: index + 1,
                  type: t(`plan.groupTypes.${group.groupType}`, { defaultValue: group.groupType }),
                })}
              </TableCell>
              <TableCell>
                {(group.replicationProtectedItems ?? [])
                  .map((entry) => decodeURIComponent(entry.id.split('/').pop() ?? entry.id))
                  .join(', ') || none}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Outlet />
    </Blade>
  );
}

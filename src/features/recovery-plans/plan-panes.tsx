import type { ReactNode } from 'react';
import { MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { DEFAULT_VAULT } from '../../api/arm-paths';
import type { ArmItem } from '../../api/wire-types';
import { Pane, PaneFrame } from '../../components/pane';
import { PlanFailoverForm, type PlanFailoverKind } from './plan-failover-form';
import { PlanReprotectForm } from './plan-reprotect-form';
import { PlanTestFailoverCleanupForm, PlanTestFailoverForm } from './plan-test-failover';
import {
  usePlan,
  usePlanEligibility,
  usePlanItems,
  type ArmPlan,
  type PlanEligibility,
} from './recovery-plans-api';

interface Loaded {
  vault: string;
  plan: ArmPlan;
  items: ArmItem[];
  eligibility: PlanEligibility;
}

/**
 * The plan panes' shared frame (docs/ui-names.md §5 "Recovery plan panes"): one modal kept mounted
 * from the loading placeholder to the form, titled like the item pane it mirrors.
 */
function PlanPane({ title, render }: { title: string; render: (loaded: Loaded) => ReactNode }) {
  const { t } = useTranslation('plans');
  const params = useParams();
  const vault = params.vault ?? DEFAULT_VAULT;
  const name = params.plan ?? '';
  const { plan, notFound, error } = usePlan(vault, name);
  const { items, isLoading, error: itemsError } = usePlanItems(vault, plan);
  const { operations } = usePlanEligibility(vault, plan);
  const problem =
    error?.message ?? itemsError?.message ?? (notFound ? t('pane.planNotFound', { name }) : null);
  return (
    <PaneFrame>
      {plan && !isLoading && !problem ? (
        render({ vault, plan, items, eligibility: operations })
      ) : (
        <Pane title={title} onOk={() => false} okDisabled>
          {problem ? (
            <MessageBar intent="error" layout="multiline">
              <MessageBarBody>{problem}</MessageBarBody>
            </MessageBar>
          ) : (
            <Spinner label={t('pane.loading')} />
          )}
        </Pane>
      )}
    </PaneFrame>
  );
}

/** Route `…/recovery-plans/:plan/reprotect` (RPL-1, RP-3). */
export function PlanReprotectPane() {
  const { t } = useTranslation('plans');
  return (
    <PlanPane
      title={t('reprotect.title')}
      render={({ vault, plan, items }) => (
        <PlanReprotectForm key={plan.id} vault={vault} plan={plan} items={items} />
      )}
    />
  );
}

function failoverPane(kind: PlanFailoverKind) {
  return function PlanFailoverPane() {
    const { t } = useTranslation('plans');
    const operation = kind === 'planned' ? 'plannedFailover' : 'unplannedFailover';
    return (
      <PlanPane
        title={kind === 'planned' ? t('failover.plannedTitle') : t('failover.unplannedTitle')}
        render={({ vault, plan, items, eligibility }) => (
          <PlanFailoverForm
            key={plan.id}
            vault={vault}
            plan={plan}
            items={items}
            kind={kind}
            eligibility={eligibility[operation]}
          />
        )}
      />
    );
  };
}

/** Route `…/recovery-plans/:plan/unplanned-failover` (RPL-1, FO-2, LIFE-7). */
export const PlanUnplannedFailoverPane = failoverPane('unplanned');
/** Route `…/recovery-plans/:plan/planned-failover` (RPL-1, Hyper-V plans). */
export const PlanPlannedFailoverPane = failoverPane('planned');

/** Route `…/recovery-plans/:plan/test-failover` (TF-1): pane "Test failover". */
export function PlanTestFailoverPane() {
  const { t } = useTranslation('panes');
  return (
    <PlanPane
      title={t('testFailover.title')}
      render={({ vault, plan, items, eligibility }) => (
        <PlanTestFailoverForm
          key={plan.id}
          vault={vault}
          plan={plan}
          items={items}
          eligibility={eligibility.testFailover}
        />
      )}
    />
  );
}

/** Route `…/recovery-plans/:plan/cleanup-test-failover` (TF-3): pane "Test failover cleanup". */
export function PlanTestFailoverCleanupPane() {
  const { t } = useTranslation('panes');
  return (
    <PlanPane
      title={t('cleanup.title')}
      render={({ vault, plan, items, eligibility }) => (
        <PlanTestFailoverCleanupForm
          key={plan.id}
          vault={vault}
          plan={plan}
          items={items}
          eligibility={eligibility.testFailoverCleanup}
        />
      )}
    />
  );
}

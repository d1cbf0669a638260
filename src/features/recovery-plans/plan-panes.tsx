import type { ComponentType } from 'react';
import { MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { DEFAULT_VAULT } from '../../api/arm-paths';
import type { ArmItem, RuleReason } from '../../api/wire-types';
import { Pane, PaneFrame } from '../../components/pane';
import { PlanFailoverForm } from './plan-failover-form';
import { PlanReprotectForm } from './plan-reprotect-form';
import { PlanTestFailoverCleanupForm, PlanTestFailoverForm } from './plan-test-failover';
import {
  usePlan,
  usePlanEligibility,
  usePlanItems,
  type ArmPlan,
  type PlanOperation,
} from './recovery-plans-api';

/** What a plan pane's form gets: the loaded plan, its machines, the eligibility of its operation. */
interface PlanFormProps {
  vault: string;
  plan: ArmPlan;
  items: ArmItem[];
  eligibility: { allowed: boolean; reasons: RuleReason[] } | undefined;
}

/**
 * The plan panes' shared frame (docs/ui-names.md §5 "Recovery plan panes"): one modal kept mounted
 * from the loading placeholder to the form (keyed by the plan, so another plan starts afresh),
 * titled like the item pane it mirrors; `operation` names the eligibility the form gets.
 */
function PlanPane({
  title,
  form: Form,
  operation,
}: {
  title: string;
  form: ComponentType<PlanFormProps>;
  operation: PlanOperation;
}) {
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
        <Form key={plan.id} vault={vault} plan={plan} items={items} eligibility={operations[operation]} />
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
  return <PlanPane title={t('reprotect.title')} form={PlanReprotectForm} operation="reProtect" />;
}

const UnplannedForm = (props: PlanFormProps) => <PlanFailoverForm {...props} kind="unplanned" />;
const PlannedForm = (props: PlanFormProps) => <PlanFailoverForm {...props} kind="planned" />;

/** Route `…/recovery-plans/:plan/unplanned-failover` (RPL-1, FO-2, LIFE-7). */
export function PlanUnplannedFailoverPane() {
  const { t } = useTranslation('plans');
  return <PlanPane title={t('failover.unplannedTitle')} form={UnplannedForm} operation="unplannedFailover" />;
}

/** Route `…/recovery-plans/:plan/planned-failover` (RPL-1, Hyper-V plans). */
export function PlanPlannedFailoverPane() {
  const { t } = useTranslation('plans');
  return <PlanPane title={t('failover.plannedTitle')} form={PlannedForm} operation="plannedFailover" />;
}

/** Route `…/recovery-plans/:plan/test-failover` (TF-1): pane "Test failover". */
export function PlanTestFailoverPane() {
  const { t } = useTranslation('panes');
  return <PlanPane title={t('testFailover.title')} form={PlanTestFailoverForm} operation="testFailover" />;
}

/** Route `…/recovery-plans/:plan/cleanup-test-failover` (TF-3): pane "Test failover cleanup". */
export function PlanTestFailoverCleanupPane() {
  const { t } = useTranslation('panes');
  return (
    <PlanPane title={t('cleanup.title')} form={PlanTestFailoverCleanupForm} operation="testFailoverCleanup" />
  );
}

import { useState } from 'react';
import { Field, Radio, RadioGroup, Text } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { useTestFailoverFields, virtualNetworkId } from '../../api/test-failover';
import type { ArmItem, RuleReason } from '../../api/wire-types';
import { CleanupPane } from '../../components/cleanup-pane';
import { NotAllowedBar } from '../../components/not-allowed-bar';
import { Pane } from '../../components/pane';
import { TestFailoverRoute, useTestFailoverNetwork } from '../../components/test-failover-network';
import { useOperationSubmit } from '../../components/use-submit-request';
import { ViewAutomation } from '../../components/view-automation';
import {
  buildPlanActionRequest,
  planTestFailoverCleanupPowerShell,
  planTestFailoverPowerShell,
} from './plan-requests';
import { reasonsText, type ArmPlan } from './recovery-plans-api';

type PointChoice = 'Latest' | 'LatestProcessed' | 'LatestApplicationConsistent';

interface Props {
  vault: string;
  plan: ArmPlan;
  items: ArmItem[];
  /** The plan eligibility of the operation: refused with its reasons (TF-2, TF-5) when not allowed. */
  eligibility: { allowed: boolean; reasons: RuleReason[] } | undefined;
}

function Refused({ reasons }: { reasons: RuleReason[] | null }) {
  const { t } = useTranslation('plans');
  return (
    <NotAllowedBar
      intent="warning"
      title={t('pane.notAllowedTitle')}
      reason={reasons && (reasonsText(reasons) || t('plan.notAllowed'))}
    />
  );
}

/** Plan test failover (TF-1, FO-2): every machine from its point into one Azure network. */
export function PlanTestFailoverForm({ vault, plan, items, eligibility }: Props) {
  const { t } = useTranslation(['panes', 'plans']);
  const fields = useTestFailoverFields(vault, items[0]);
  const [point, setPoint] = useState<PointChoice>('Latest');
  const network = useTestFailoverNetwork(fields.data?.network);
  const { submitError, setSubmitError, submit, busy } = useOperationSubmit(vault);
  const refused = eligibility && !eligibility.allowed ? eligibility.reasons : null;
  const chosen = network.chosen;
  // View automation shows the very request OK sends, from the values now in the form.
  const request = buildPlanActionRequest(vault, plan.name, 'testFailover', {
    properties: {
      failoverDirection: 'PrimaryToRecovery',
      networkType: 'VmNetworkAsInput',
      networkId: items[0] ? virtualNetworkId(items[0].id, chosen) : '',
      providerSpecificDetails: [{ instanceType: 'InMageAzureV2', recoveryPointType: point }],
    },
  });

  const onOk = async () => {
    if (refused) {
      setSubmitError(reasonsText(refused) || t('plans:plan.notAllowed'));
      return false;
    }
    if (!chosen || !items[0]) {
      setSubmitError(t('testFailover.networkRequired'));
      return false;
    }
    return submit(request);
  };

  return (
    <Pane
      title={t('testFailover.title')}
      onOk={onOk}
      okBusy={busy}
      dirty={point !== 'Latest' || network.changed}
      errorMessage={submitError ?? fields.error?.message ?? null}
    >
      <TestFailoverRoute />
      <Refused reasons={refused} />
      <Field label={t('failover.recoveryPoint')}>
        <RadioGroup value={point} onChange={(_event, data) => setPoint(data.value as PointChoice)}>
          <Radio value="Latest" label={t('failover.latest')} />
          <Radio value="LatestProcessed" label={t('failover.latestProcessed')} />
          <Radio value="LatestApplicationConsistent" label={t('failover.latestAppConsistent')} />
        </RadioGroup>
      </Field>
      {network.fields}
      <Text>{t('testFailover.planNote')}</Text>
      <ViewAutomation request={request} powershell={planTestFailoverPowerShell(request)} />
    </Pane>
  );
}

/** Plan "Test failover cleanup" (TF-3): the notes go to every machine's cleanup. */
export function PlanTestFailoverCleanupForm({ vault, plan, eligibility }: Props) {
  const { t } = useTranslation(['panes', 'plans']);
  const refused = eligibility && !eligibility.allowed ? eligibility.reasons : null;
  return (
    <CleanupPane
      vault={vault}
      build={(notes) =>
        buildPlanActionRequest(vault, plan.name, 'testFailoverCleanup', { properties: { comments: notes } })
      }
      powershell={(request) => planTestFailoverCleanupPowerShell(request)}
      refusal={refused && (reasonsText(refused) || t('plans:plan.notAllowed'))}
      before={<Refused reasons={refused} />}
    />
  );
}

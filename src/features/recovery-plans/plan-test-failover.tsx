import { useState } from 'react';
import {
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
  Text,
} from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { ArmError } from '../../api/arm-client';
import { useStartOperation } from '../../api/items';
import { useTestFailoverFields, virtualNetworkId } from '../../api/test-failover';
import type { ArmItem, RuleReason } from '../../api/wire-types';
import { useCleanupFields } from '../../components/cleanup-fields';
import { EligibleField } from '../../components/eligible-field';
import { Pane } from '../../components/pane';
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
  if (!reasons) return null;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t('pane.notAllowedTitle')}</MessageBarTitle>
        {reasonsText(reasons) || t('plan.notAllowed')}
      </MessageBarBody>
    </MessageBar>
  );
}

/** Plan test failover (TF-1, FO-2): every machine from its point into one Azure network. */
export function PlanTestFailoverForm({ vault, plan, items, eligibility }: Props) {
  const { t } = useTranslation(['panes', 'plans']);
  const start = useStartOperation(vault);
  const fields = useTestFailoverFields(vault, items[0]);
  const [point, setPoint] = useState<PointChoice>('Latest');
  const [network, setNetwork] = useState<string | null>(null);
  const [submitError, setSubmitError] = useState<string | null>(null);
  const refused = eligibility && !eligibility.allowed ? eligibility.reasons : null;
  const raw = fields.data?.network;
  const networkField = raw && {
    ...raw,
    options: raw.options.map((o) => ({
      value: o.value,
      label: `${o.value} (${o.value === raw.default ? t('testFailover.isolatedOption') : t('testFailover.productionOption')})`,
    })),
  };
  const chosen = network ?? raw?.default ?? '';
  const production = Boolean(chosen) && raw?.default !== undefined && chosen !== raw.default;
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
    setSubmitError(null);
    try {
      await start.mutateAsync(request);
      return true;
    } catch (error) {
      if (!(error instanceof ArmError)) throw error;
      setSubmitError(error.message);
      return false;
    }
  };

  return (
    <Pane
      title={t('testFailover.title')}
      onOk={onOk}
      okBusy={start.isPending}
      dirty={point !== 'Latest' || network !== null}
      errorMessage={submitError ?? fields.error?.message ?? null}
    >
      <Field label={t('failover.from')}>
        <Input readOnly value={t('location.onPremises')} />
      </Field>
      <Field label={t('failover.to')}>
        <Input readOnly value={t('location.azure')} />
      </Field>
      <Refused reasons={refused} />
      <Field label={t('failover.recoveryPoint')}>
        <RadioGroup value={point} onChange={(_event, data) => setPoint(data.value as PointChoice)}>
          <Radio value="Latest" label={t('failover.latest')} />
          <Radio value="LatestProcessed" label={t('failover.latestProcessed')} />
          <Radio value="LatestApplicationConsistent" label={t('failover.latestAppConsistent')} />
        </RadioGroup>
      </Field>
      <EligibleField
        label={t('testFailover.network')}
        field={networkField}
        value={chosen}
        onChange={setNetwork}
        excludedLabel={null}
        emptyReason={t('testFailover.networkRequired')}
        hint={t('testFailover.isolatedHint')}
      />
      {production ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t('testFailover.productionWarning', { network: chosen })}</MessageBarBody>
        </MessageBar>
      ) : null}
      <Text>{t('testFailover.planNote')}</Text>
      <ViewAutomation request={request} powershell={planTestFailoverPowerShell(request)} />
    </Pane>
  );
}

/** Plan "Test failover cleanup" (TF-3): the notes go to every machine's cleanup. */
export function PlanTestFailoverCleanupForm({ vault, plan, eligibility }: Props) {
  const { t } = useTranslation(['panes', 'plans']);
  const start = useStartOperation(vault);
  const cleanup = useCleanupFields();
  const [submitError, setSubmitError] = useState<string | null>(null);
  const refused = eligibility && !eligibility.allowed ? eligibility.reasons : null;
  const request = buildPlanActionRequest(vault, plan.name, 'testFailoverCleanup', {
    properties: { comments: cleanup.notes },
  });

  const onOk = async () => {
    if (refused) {
      setSubmitError(reasonsText(refused) || t('plans:plan.notAllowed'));
      return false;
    }
    if (!cleanup.validate()) return false;
    setSubmitError(null);
    try {
      await start.mutateAsync(request);
      return true;
    } catch (error) {
      if (!(error instanceof ArmError)) throw error;
      setSubmitError(error.message);
      return false;
    }
  };

  return (
    <Pane
      title={t('cleanup.title')}
      onOk={onOk}
      okBusy={start.isPending}
      dirty={cleanup.dirty}
      errorMessage={submitError}
    >
      <Refused reasons={refused} />
      {cleanup.fields}
      <ViewAutomation request={request} powershell={planTestFailoverCleanupPowerShell(request)} />
    </Pane>
  );
}

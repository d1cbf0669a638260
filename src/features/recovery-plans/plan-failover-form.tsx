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
import type { ArmItem, RuleReason } from '../../api/wire-types';
import { Pane } from '../../components/pane';
import { ViewAutomation } from '../../components/view-automation';
import {
  buildPlanActionRequest,
  planPlannedFailoverPowerShell,
  planUnplannedFailoverPowerShell,
} from './plan-requests';
import { reasonsText, type ArmPlan } from './recovery-plans-api';

export type PlanFailoverKind = 'unplanned' | 'planned';
type PointChoice = 'latest' | 'latestAppConsistent';
type SyncChoice = 'ForSynchronization' | 'ForDownTime';

interface Props {
  vault: string;
  plan: ArmPlan;
  items: ArmItem[];
  kind: PlanFailoverKind;
  /** The plan eligibility of this operation: refused with its reasons (LIFE-7) when not allowed. */
  eligibility: { allowed: boolean; reasons: RuleReason[] } | undefined;
}

/** The plan failover input (api.md §3 "Plan failover"): one providerSpecificDetails entry per provider. */
export function planFailoverBody(
  kind: PlanFailoverKind,
  fromAzure: boolean,
  point: PointChoice,
  sync: SyncChoice,
) {
  const appConsistent = point === 'latestAppConsistent';
  if (kind === 'planned') {
    return {
      properties: {
        failoverDirection: fromAzure ? 'RecoveryToPrimary' : 'PrimaryToRecovery',
        providerSpecificDetails: fromAzure
          ? [
              {
                instanceType: 'HyperVReplicaAzureFailback',
                dataSyncOption: sync,
                recoveryVmCreationOption: 'NoAction',
              },
            ]
          : [{ instanceType: 'HyperVReplicaAzure' }],
      },
    };
  }
  // FO-2: app-consistent recovers each replication group to its common point (multi-VM sync).
  return {
    properties: {
      failoverDirection: fromAzure ? 'RecoveryToPrimary' : 'PrimaryToRecovery',
      sourceSiteOperations: 'Required',
      providerSpecificDetails: fromAzure
        ? [{ instanceType: 'InMage', recoveryPointType: appConsistent ? 'LatestTag' : 'LatestTime' }]
        : [
            {
              instanceType: 'InMageAzureV2',
              recoveryPointType: appConsistent ? 'LatestApplicationConsistent' : 'Latest',
            },
          ],
    },
  };
}

/** Plan unplanned / planned failover (RPL-1, FO-2, FO-3, LIFE-7): one job for every machine. */
export function PlanFailoverForm({ vault, plan, items, kind, eligibility }: Props) {
  const { t } = useTranslation(['plans', 'panes']);
  const start = useStartOperation(vault);
  const [point, setPoint] = useState<PointChoice>('latest');
  const [sync, setSync] = useState<SyncChoice>('ForSynchronization');
  const [submitError, setSubmitError] = useState<string | null>(null);
  const fromAzure = items.length > 0 && items.every((item) => item.properties.activeLocation === 'Recovery');
  const refused = eligibility && !eligibility.allowed ? eligibility.reasons : null;
  const title = kind === 'planned' ? t('failover.plannedTitle') : t('failover.unplannedTitle');
  // View automation shows the very request OK sends, from the values now in the form.
  const request = buildPlanActionRequest(
    vault,
    plan.name,
    kind === 'planned' ? 'plannedFailover' : 'unplannedFailover',
    planFailoverBody(kind, fromAzure, point, sync),
  );

  const onOk = async () => {
    // LIFE-7 and friends: the plan's eligibility refuses before anything is sent.
    if (refused) {
      setSubmitError(reasonsText(refused) || t('plan.notAllowed'));
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

  const from = fromAzure ? t('panes:location.azure') : t('panes:location.onPremises');
  const to = fromAzure ? t('panes:location.onPremises') : t('panes:location.azure');
  return (
    <Pane
      title={title}
      onOk={onOk}
      okBusy={start.isPending}
      dirty={point !== 'latest' || sync !== 'ForSynchronization'}
      errorMessage={submitError}
    >
      <Field label={t('panes:failover.from')}>
        <Input readOnly value={from} />
      </Field>
      <Field label={t('panes:failover.to')}>
        <Input readOnly value={to} />
      </Field>
      {refused ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t('pane.notAllowedTitle')}</MessageBarTitle>
            {reasonsText(refused) || t('plan.notAllowed')}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {kind === 'unplanned' ? (
        <>
          <Field label={t('failover.recoveryPoint')}>
            <RadioGroup value={point} onChange={(_event, data) => setPoint(data.value as PointChoice)}>
              <Radio value="latest" label={t('failover.latest')} />
              <Radio value="latestAppConsistent" label={t('failover.latestAppConsistent')} />
            </RadioGroup>
          </Field>
          <Text>{t('failover.note')}</Text>
        </>
      ) : fromAzure ? (
        <Field label={t('failover.dataSync')}>
          <RadioGroup value={sync} onChange={(_event, data) => setSync(data.value as SyncChoice)}>
            <Radio value="ForSynchronization" label={t('failover.syncBefore')} />
            <Radio value="ForDownTime" label={t('failover.syncDuring')} />
          </RadioGroup>
        </Field>
      ) : null}
      <Text>{fromAzure ? t('failover.fromAzureNote') : t('failover.toAzureNote')}</Text>
      <ViewAutomation
        request={request}
        powershell={
          kind === 'planned'
            ? planPlannedFailoverPowerShell(request)
            : planUnplannedFailoverPowerShell(request)
        }
      />
    </Pane>
  );
}

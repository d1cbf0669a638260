import { useState } from 'react';
import {
  Checkbox,
  Combobox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Option,
  Radio,
  RadioGroup,
  Text,
} from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { useStartOperation } from '../../api/items';
import type { ArmItem, RuleReason } from '../../api/wire-types';
import { Pane } from '../../components/pane';
import { ViewAutomation } from '../../components/view-automation';
import { useSubmitRequest } from '../../components/use-submit-request';
import {
  buildPlanActionRequest,
  planPlannedFailoverPowerShell,
  planUnplannedFailoverPowerShell,
} from './plan-requests';
import { reasonsText, type ArmPlan } from './recovery-plans-api';

export type PlanFailoverKind = 'unplanned' | 'planned';
type PointChoice = 'latest' | 'latestProcessed' | 'latestAppConsistent';
type SyncChoice = 'ForSynchronization' | 'ForDownTime';

interface Props {
  vault: string;
  plan: ArmPlan;
  items: ArmItem[];
  kind: PlanFailoverKind;
  /** The plan eligibility of this operation: refused with its reasons (LIFE-7) when not allowed. */
  eligibility: { allowed: boolean; reasons: RuleReason[] } | undefined;
}

/** HV-4, HV-5 and the shut-down choice of a plan failover (the item panes ask the same). */
export interface PlanFailoverExtras {
  /** FO-3: to Azure only; from Azure the Azure VMs are always shut down. */
  shutDown?: boolean;
  createVm?: boolean;
  hostName?: string;
  encryptionKey?: string;
}

const POINT_TYPE: Record<PointChoice, [toAzure: string, fromAzure: string]> = {
  latest: ['Latest', 'LatestTime'],
  latestProcessed: ['LatestProcessed', 'LatestProcessed'],
  latestAppConsistent: ['LatestApplicationConsistent', 'LatestTag'],
};

/** The plan failover input (docs/api.md §3 "Plan failover"): one providerSpecificDetails entry per provider. */
export function planFailoverBody(
  kind: PlanFailoverKind,
  fromAzure: boolean,
  point: PointChoice,
  sync: SyncChoice,
  extras: PlanFailoverExtras = {},
) {
  if (kind === 'planned') {
    return {
      properties: {
        failoverDirection: fromAzure ? 'RecoveryToPrimary' : 'PrimaryToRecovery',
        providerSpecificDetails: fromAzure
          ? [
              {
                instanceType: 'HyperVReplicaAzureFailback',
                dataSyncOption: sync,
                // HV-5: alternate location on a Hyper-V host; HV-4: the cloud's encryption certificate.
                recoveryVmCreationOption: extras.createVm ? 'CreateVmIfNotFound' : 'NoAction',
                ...(extras.createVm && extras.hostName
                  ? { providerIdForAlternateRecovery: extras.hostName }
                  : {}),
                ...(extras.encryptionKey ? { primaryKekCertificatePfx: extras.encryptionKey } : {}),
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
      sourceSiteOperations: fromAzure || extras.shutDown !== false ? 'Required' : 'NotRequired',
      providerSpecificDetails: fromAzure
        ? [{ instanceType: 'InMage', recoveryPointType: POINT_TYPE[point][1] }]
        : [{ instanceType: 'InMageAzureV2', recoveryPointType: POINT_TYPE[point][0] }],
    },
  };
}

const fromAzureOf = (items: ArmItem[]) =>
  items.length > 0 && items.every((item) => item.properties.activeLocation === 'Recovery');

/** Plan unplanned / planned failover (RPL-1, FO-2, FO-3, LIFE-7): one job for every machine. */
export function PlanFailoverForm({ vault, plan, items, kind, eligibility }: Props) {
  const { t } = useTranslation(['plans', 'panes', 'hyperv']);
  const start = useStartOperation(vault);
  const [point, setPoint] = useState<PointChoice>('latest');
  const [sync, setSync] = useState<SyncChoice>('ForSynchronization');
  const [shutDown, setShutDown] = useState(true);
  const [createVm, setCreateVm] = useState(false);
  const [hostName, setHostName] = useState('');
  const [encryptionKey, setEncryptionKey] = useState('');
  const [hostError, setHostError] = useState<string | undefined>();
  const [keyError, setKeyError] = useState<string | undefined>();
  const { submitError, setSubmitError, submit } = useSubmitRequest(start.mutateAsync);
  // HV-4, HV-5 (§14): the plan pane asks the Hyper-V fields the item pane asks.
  const hyperV = items.filter((item) => item.properties.providerSpecificDetails.machineType === 'HyperVVM');
  const hosts = [
    ...new Set(
      hyperV
        .map((item) => item.properties.providerSpecificDetails.hostName)
        .filter((h): h is string => typeof h === 'string' && h !== ''),
    ),
  ];
  const encrypted = hyperV.filter((item) => item.properties.providerSpecificDetails.encryption === 'Enabled');
  const hyperVFailback = kind === 'planned' && fromAzureOf(items) && hyperV.length > 0;
  const fromAzure = fromAzureOf(items);
  const refused = eligibility && !eligibility.allowed ? eligibility.reasons : null;
  const title = kind === 'planned' ? t('failover.plannedTitle') : t('failover.unplannedTitle');
  // View automation shows the very request OK sends, from the values now in the form.
  const request = buildPlanActionRequest(
    vault,
    plan.name,
    kind === 'planned' ? 'plannedFailover' : 'unplannedFailover',
    planFailoverBody(kind, fromAzure, point, sync, {
      shutDown,
      createVm,
      hostName,
      encryptionKey: encryptionKey.trim(),
    }),
  );

  const onOk = async () => {
    // LIFE-7 and friends: the plan's eligibility refuses before anything is sent.
    if (refused) {
      setSubmitError(reasonsText(refused) || t('plan.notAllowed'));
      return false;
    }
    const hostMissing = hyperVFailback && createVm && !hostName;
    const keyMissing = hyperVFailback && encrypted.length > 0 && !encryptionKey.trim();
    setHostError(hostMissing ? t('hyperv:planned.hostNameRequired') : undefined);
    setKeyError(keyMissing ? t('hyperv:planned.encryptionKeyRequired') : undefined);
    if (hostMissing || keyMissing) return false;
    return submit(request);
  };

  const from = fromAzure ? t('panes:location.azure') : t('panes:location.onPremises');
  const to = fromAzure ? t('panes:location.onPremises') : t('panes:location.azure');
  return (
    <Pane
      title={title}
      onOk={onOk}
      okBusy={start.isPending}
      dirty={
        point !== 'latest' || sync !== 'ForSynchronization' || !shutDown || createVm || encryptionKey !== ''
      }
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
              <Radio value="latestProcessed" label={t('failover.latestProcessed')} />
              <Radio value="latestAppConsistent" label={t('failover.latestAppConsistent')} />
            </RadioGroup>
          </Field>
          <Text>{t('failover.note')}</Text>
          {fromAzure ? null : (
            <Checkbox
              checked={shutDown}
              onChange={(_event, data) => setShutDown(data.checked === true)}
              label={t('panes:failover.shutDown')}
            />
          )}
        </>
      ) : fromAzure ? (
        <>
          <Field label={t('failover.dataSync')}>
            <RadioGroup value={sync} onChange={(_event, data) => setSync(data.value as SyncChoice)}>
              <Radio value="ForSynchronization" label={t('failover.syncBefore')} />
              <Radio value="ForDownTime" label={t('failover.syncDuring')} />
            </RadioGroup>
          </Field>
          {hyperVFailback ? (
            <>
              <Checkbox
                checked={createVm}
                onChange={(_event, data) => setCreateVm(data.checked === true)}
                label={t('hyperv:planned.createVm')}
              />
              {createVm ? (
                <Field
                  label={t('hyperv:planned.hostName')}
                  hint={t('hyperv:planned.alternateHostPrerequisites')}
                  required
                  validationState={hostError ? 'error' : 'none'}
                  validationMessage={hostError}
                >
                  <Combobox
                    value={hostName}
                    selectedOptions={hostName ? [hostName] : []}
                    placeholder={t('hyperv:planned.placeholder')}
                    onOptionSelect={(_event, data) => {
                      setHostName(data.optionValue ?? '');
                      setHostError(undefined);
                    }}
                  >
                    {hosts.map((host) => (
                      <Option key={host} value={host}>
                        {host}
                      </Option>
                    ))}
                  </Combobox>
                </Field>
              ) : null}
              {encrypted.length ? (
                <Field
                  label={t('hyperv:planned.encryptionKey')}
                  hint={t('hyperv:planned.encryptionKeyPlanHint', {
                    machines: encrypted.map((item) => item.name).join(', '),
                  })}
                  required
                  validationState={keyError ? 'error' : 'none'}
                  validationMessage={keyError}
                >
                  <Input
                    value={encryptionKey}
                    onChange={(_event, data) => {
                      setEncryptionKey(data.value);
                      setKeyError(undefined);
                    }}
                  />
                </Field>
              ) : null}
            </>
          ) : null}
        </>
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

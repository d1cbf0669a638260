import { useCallback, useRef, useState } from 'react';
import { Checkbox, Field, Input, Radio, RadioGroup, Text } from '@fluentui/react-components';
import { useQueries } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { azRestCommand } from '../../api/automation';
import { fieldEligibilityQuery } from '../../api/reprotect-api';
import type { ArmItem, RuleReason } from '../../api/wire-types';
import { NotAllowedBar } from '../../components/not-allowed-bar';
import { Pane } from '../../components/pane';
import { targetField, targetMachine } from '../../components/use-targeted-submit';
import { useOperationSubmit } from '../../components/use-submit-request';
import { ViewAutomation } from '../../components/view-automation';
import { NO_CHOICE, PlanHyperVFields, type HyperVChoice, type HyperVField } from './plan-hyper-v-fields';
import {
  buildPlanActionRequest,
  buildPlanHyperVFailbackRequest,
  planHyperVFailbackArmRequest,
  planPlannedFailoverPowerShell,
  planUnplannedFailoverPowerShell,
  type PlanHyperVMachine,
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

/** The shut-down choice of a plan failover (the item panes ask the same). */
export interface PlanFailoverExtras {
  /** FO-3: to Azure only; from Azure the Azure VMs are always shut down. */
  shutDown?: boolean;
}

const POINT_TYPE: Record<PointChoice, [toAzure: string, fromAzure: string]> = {
  latest: ['Latest', 'LatestTime'],
  latestProcessed: ['LatestProcessed', 'LatestProcessed'],
  latestAppConsistent: ['LatestApplicationConsistent', 'LatestTag'],
};

/**
 * The plan failover input (docs/api.md §3 "Plan failover"): one providerSpecificDetails entry per
 * provider. A Hyper-V failback with per-machine choices is built by buildPlanHyperVFailbackRequest.
 */
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
      sourceSiteOperations: fromAzure || extras.shutDown !== false ? 'Required' : 'NotRequired',
      providerSpecificDetails: fromAzure
        ? [{ instanceType: 'InMage', recoveryPointType: POINT_TYPE[point][1] }]
        : [{ instanceType: 'InMageAzureV2', recoveryPointType: POINT_TYPE[point][0] }],
    },
  };
}

const fromAzureOf = (items: ArmItem[]) =>
  items.length > 0 && items.every((item) => item.properties.activeLocation === 'Recovery');

type Errors = Record<string, Partial<Record<HyperVField, string>>>;

/** ARM's `target` of an InvalidParameter answer → the Hyper-V field it belongs to (docs/api.md §5). */
const TARGETS: Record<string, HyperVField> = {
  providerIdForAlternateRecovery: 'hostName',
  recoveryVmCreationOption: 'hostName',
  primaryKekCertificatePfx: 'encryptionKey',
};

/**
 * Plan unplanned / planned failover (RPL-1, FO-2, FO-3, LIFE-7): one job for every machine. A
 * planned failover from Azure asks each Hyper-V machine's alternate host and encryption key
 * (HV-4, HV-5, docs/rules.md §14) and sends them through `{S}…/plannedFailover`.
 */
export function PlanFailoverForm({ vault, plan, items, kind, eligibility }: Props) {
  const { t } = useTranslation(['plans', 'panes', 'hyperv', 'automation']);
  const [point, setPoint] = useState<PointChoice>('latest');
  const [sync, setSync] = useState<SyncChoice>('ForSynchronization');
  const [shutDown, setShutDown] = useState(true);
  const [choices, setChoices] = useState<Record<string, HyperVChoice>>({});
  const [errors, setErrors] = useState<Errors>({});
  const refs = useRef(new Map<string, HTMLInputElement>());
  const fromAzure = fromAzureOf(items);
  // HV-4, HV-5 (docs/rules.md §14): the plan pane asks the item pane's Hyper-V fields, per machine.
  const hyperV = items.filter((item) => item.properties.providerSpecificDetails.machineType === 'HyperVVM');
  const hyperVFailback = kind === 'planned' && fromAzure && hyperV.length > 0;
  const fieldQueries = useQueries({
    queries: hyperV.map((item) => ({
      ...fieldEligibilityQuery(vault, item, 'plannedFailover'),
      enabled: hyperVFailback,
    })),
  });
  const refused = eligibility && !eligibility.allowed ? eligibility.reasons : null;
  const title = kind === 'planned' ? t('failover.plannedTitle') : t('failover.unplannedTitle');

  const onChoice = useCallback((machine: string, patch: Partial<HyperVChoice>) => {
    setChoices((all) => ({ ...all, [machine]: { ...(all[machine] ?? NO_CHOICE), ...patch } }));
    setErrors((all) => ({ ...all, [machine]: {} }));
  }, []);
  const refFor = (machine: string) => (field: HyperVField) => (element: HTMLInputElement | null) => {
    if (element) refs.current.set(`${machine}\n${field}`, element);
    else refs.current.delete(`${machine}\n${field}`);
  };

  // Each machine's values now in effect: the user's choice, else the item pane's default.
  const machines = hyperV.map((item, index) => {
    const machine = item.properties.friendlyName;
    const choice = choices[machine] ?? NO_CHOICE;
    const fields = fieldQueries[index]?.data;
    return {
      item,
      machine,
      choice,
      fields,
      encrypted: item.properties.providerSpecificDetails.encryption === 'Enabled',
      hostName: choice.host ?? fields?.hostName?.default ?? '',
      encryptionKey: choice.key ?? fields?.encryptionKey?.default ?? '',
    };
  });
  const sent: PlanHyperVMachine[] = machines.map(({ item, choice, encrypted, hostName, encryptionKey }) => ({
    itemId: item.id,
    createVm: choice.createVm,
    hostName,
    encryptionKey: encrypted ? encryptionKey.trim() : '',
  }));

  // View automation shows the very request OK sends, from the values now in the form.
  const request = hyperVFailback
    ? buildPlanHyperVFailbackRequest(vault, plan.name, sync, sent)
    : buildPlanActionRequest(
        vault,
        plan.name,
        kind === 'planned' ? 'plannedFailover' : 'unplannedFailover',
        planFailoverBody(kind, fromAzure, point, sync, { shutDown }),
      );
  // Azure's own call for the same choices (one host and one key for the plan).
  const armRequest = hyperVFailback ? planHyperVFailbackArmRequest(vault, plan.name, sync, sent) : request;

  const { submitError, setSubmitError, submit, busy } = useOperationSubmit(vault, (error) => {
    // `properties.items[hv-app-01].providerSpecificDetails.primaryKekCertificatePfx` → that field.
    const field = targetField(error, TARGETS);
    const machine = targetMachine(
      error,
      machines.map((m) => m.machine),
    );
    if (field && machine) setErrors({ [machine]: { [field]: error.message } });
  });

  const onOk = async () => {
    // LIFE-7 and friends: the plan's eligibility refuses before anything is sent.
    if (refused) {
      setSubmitError(reasonsText(refused) || t('plan.notAllowed'));
      return false;
    }
    // HV-4, HV-5: the item pane's validation, machine by machine; the first invalid field takes focus.
    const found: Errors = {};
    let first: string | undefined;
    if (hyperVFailback)
      for (const { machine, choice, encrypted, hostName, encryptionKey } of machines) {
        const own: Partial<Record<HyperVField, string>> = {};
        if (choice.createVm && !hostName) own.hostName = t('hyperv:planned.hostNameRequired');
        if (encrypted && !encryptionKey.trim()) own.encryptionKey = t('hyperv:planned.encryptionKeyRequired');
        for (const field of ['hostName', 'encryptionKey'] as HyperVField[])
          if (own[field]) first ??= `${machine}\n${field}`;
        if (Object.keys(own).length) found[machine] = own;
      }
    setErrors(found);
    if (first) {
      refs.current.get(first)?.focus();
      return false;
    }
    return submit(request);
  };

  const from = fromAzure ? t('panes:location.azure') : t('panes:location.onPremises');
  const to = fromAzure ? t('panes:location.onPremises') : t('panes:location.azure');
  return (
    <Pane
      title={title}
      onOk={onOk}
      okBusy={busy}
      dirty={
        point !== 'latest' || sync !== 'ForSynchronization' || !shutDown || Object.keys(choices).length > 0
      }
      errorMessage={submitError}
    >
      <Field label={t('panes:failover.from')}>
        <Input readOnly value={from} />
      </Field>
      <Field label={t('panes:failover.to')}>
        <Input readOnly value={to} />
      </Field>
      <NotAllowedBar
        intent="warning"
        title={t('pane.notAllowedTitle')}
        reason={refused && (reasonsText(refused) || t('plan.notAllowed'))}
      />
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
          {hyperVFailback
            ? machines.map(({ item, machine, choice, fields, encrypted, hostName, encryptionKey }) => (
                <PlanHyperVFields
                  key={item.id}
                  machine={machine}
                  encrypted={encrypted}
                  fields={fields}
                  choice={choice}
                  hostName={hostName}
                  encryptionKey={encryptionKey}
                  onChange={onChoice}
                  errors={errors[machine] ?? {}}
                  inputRef={refFor(machine)}
                />
              ))
            : null}
        </>
      ) : null}
      <Text>{fromAzure ? t('failover.fromAzureNote') : t('failover.toAzureNote')}</Text>
      <ViewAutomation
        request={request}
        powershell={
          kind === 'planned'
            ? planPlannedFailoverPowerShell(armRequest)
            : planUnplannedFailoverPowerShell(request)
        }
        azRest={hyperVFailback ? azRestCommand(armRequest) : undefined}
        note={hyperVFailback ? t('automation:planPlannedFailoverNote') : undefined}
      />
    </Pane>
  );
}

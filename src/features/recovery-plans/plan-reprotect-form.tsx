import { useCallback, useRef, useState } from 'react';
import { Field, Input, Text } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { failbackPolicy, usePolicies } from '../../api/policies';
import type { ArmItem } from '../../api/wire-types';
import { Pane } from '../../components/pane';
import { REPROTECT_TARGETS } from '../../components/reprotect-fields';
import { targetField, targetMachine } from '../../components/use-targeted-submit';
import { useOperationSubmit } from '../../components/use-submit-request';
import { ViewAutomation } from '../../components/view-automation';
import {
  EMPTY_MACHINE,
  MACHINE_FIELDS,
  PlanMachineFields,
  type MachineFieldName,
  type MachineValues,
} from './plan-machine-fields';
import { sameMasterTargetConflicts } from './plan-validation';
import { buildPlanReprotectRequest, planReprotectAzRest, planReprotectPowerShell } from './plan-requests';
import type { ArmPlan } from './recovery-plans-api';

type Errors = Record<string, Partial<Record<MachineFieldName, string>>>;

/**
 * Plan re-protect (RPL-1): Azure → on-premises (LIFE-3) asks the item pane's fields once per machine;
 * machines back on-premises go to Azure (LIFE-6) with a process server each.
 * RP-3 / RPL-2: machines of one replication group must share the master target; the form says so
 * under the later machine's field, and the API refuses it too (its error shows in the pane).
 */
export function PlanReprotectForm({
  vault,
  plan,
  items,
}: {
  vault: string;
  plan: ArmPlan;
  items: ArmItem[];
}) {
  const { t } = useTranslation(['plans', 'panes']);
  const [values, setValues] = useState<Record<string, MachineValues>>({});
  const [errors, setErrors] = useState<Errors>({});
  const refs = useRef(new Map<string, HTMLInputElement>());
  // POL-2: the failback policy is chosen by the service, shown read-only.
  const policy = usePolicies(vault, failbackPolicy).data;

  const valuesOf = (machine: string) => values[machine] ?? EMPTY_MACHINE;
  // Stable, so each machine's RV-6 default effect runs only when its inputs change.
  const onChange = useCallback((machine: string, patch: Partial<MachineValues>) => {
    setValues((all) => ({ ...all, [machine]: { ...(all[machine] ?? EMPTY_MACHINE), ...patch } }));
    setErrors((all) => {
      const mine = { ...all[machine] };
      for (const field of Object.keys(patch) as MachineFieldName[]) delete mine[field];
      return { ...all, [machine]: mine };
    });
  }, []);
  const refFor = (machine: string) => (field: MachineFieldName) => (element: HTMLInputElement | null) => {
    if (element) refs.current.set(`${machine}\n${field}`, element);
    else refs.current.delete(`${machine}\n${field}`);
  };

  // LIFE-6: machines back on-premises re-protect to Azure, with a process server only.
  const toAzure = items.length > 0 && items.every((item) => item.properties.activeLocation === 'Primary');
  const fieldsAsked: MachineFieldName[] = toAzure ? ['processServer'] : MACHINE_FIELDS;
  const machines = items.map((item) => ({
    item,
    machine: item.properties.friendlyName,
    group: item.properties.providerSpecificDetails.replicationGroup ?? null,
  }));
  // View automation shows the very request OK sends, from the values now in the form.
  const request = buildPlanReprotectRequest(
    vault,
    plan.name,
    toAzure,
    policy?.id ?? '',
    machines.map(({ item, machine }) => ({ itemId: item.id, ...valuesOf(machine) })),
  );
  const { submitError, submit, busy } = useOperationSubmit(vault, (error) => {
    const field = targetField(error, REPROTECT_TARGETS);
    // `properties.items[web-03].providerSpecificDetails.masterTargetId` (or an index) → that machine.
    const machine = targetMachine(
      error,
      machines.map((m) => m.machine),
      true,
    );
    if (field && machine) setErrors({ [machine]: { [field]: error.message } });
  });
  // RP-3, shown as soon as two machines of a group disagree.
  const conflicts = sameMasterTargetConflicts(
    machines.map(({ machine, group }) => ({ machine, group, masterTarget: valuesOf(machine).masterTarget })),
  );
  const errorsOf = (machine: string) => {
    const group = conflicts[machine];
    const own = errors[machine] ?? {};
    return group && !own.masterTarget
      ? { ...own, masterTarget: t('reprotect.sameMasterTarget', { group }) }
      : own;
  };

  const onOk = async () => {
    const found: Errors = {};
    let first: string | undefined;
    for (const { machine } of machines) {
      for (const field of fieldsAsked) {
        const message = !valuesOf(machine)[field]
          ? t(`panes:reprotect.required.${field}`)
          : field === 'masterTarget' && conflicts[machine]
            ? t('reprotect.sameMasterTarget', { group: conflicts[machine] })
            : undefined;
        if (!message) continue;
        found[machine] = { ...found[machine], [field]: message };
        first ??= `${machine}\n${field}`;
      }
    }
    setErrors(found);
    if (first) {
      refs.current.get(first)?.focus();
      return false;
    }
    return submit(request);
  };

  return (
    <Pane
      title={t('reprotect.title')}
      onOk={onOk}
      okBusy={busy}
      dirty={Object.keys(values).length > 0}
      errorMessage={submitError}
    >
      <Text>{toAzure ? t('reprotect.introToAzure') : t('reprotect.intro')}</Text>
      <Field label={t('panes:direction.label')}>
        <Input
          readOnly
          value={toAzure ? t('panes:direction.onPremisesToAzure') : t('panes:direction.azureToOnPremises')}
        />
      </Field>
      {toAzure ? null : (
        <Field label={t('panes:reprotect.policy')} hint={t('panes:reprotect.policyReadOnly')}>
          <Input readOnly value={policy?.properties.friendlyName ?? ''} />
        </Field>
      )}
      {machines.length === 0 ? <Text>{t('pane.noMachines')}</Text> : null}
      {machines.map(({ item, machine }) => (
        <PlanMachineFields
          key={item.id}
          vault={vault}
          plan={plan.name}
          item={item}
          values={valuesOf(machine)}
          onChange={onChange}
          errors={errorsOf(machine)}
          inputRef={refFor(machine)}
          processServerOnly={toAzure}
        />
      ))}
      <ViewAutomation
        request={request}
        powershell={planReprotectPowerShell(vault, plan.name, toAzure)}
        azRest={planReprotectAzRest(vault, plan.name)}
        note={t('automation:planReprotectNote')}
      />
    </Pane>
  );
}

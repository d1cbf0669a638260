import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArmItem } from '../../api/wire-types';
import {
  REPROTECT_FIELDS,
  ReprotectFields,
  type ReprotectFieldName,
  type ReprotectValues,
} from '../../components/reprotect-fields';
import { usePlanMachineFields } from './recovery-plans-api';
import { PlanMachineSection } from './plan-machine-section';

export type MachineFieldName = ReprotectFieldName;
export const MACHINE_FIELDS = REPROTECT_FIELDS;
export type MachineValues = ReprotectValues;
export const EMPTY_MACHINE: MachineValues = {
  masterTarget: '',
  processServer: '',
  datastore: '',
  retentionDrive: '',
};

interface Props {
  vault: string;
  plan: string;
  item: ArmItem;
  values: MachineValues;
  onChange: (machine: string, patch: Partial<MachineValues>) => void;
  errors: Partial<Record<MachineFieldName, string>>;
  /** LIFE-6 (on-premises → Azure) asks the process server only. */
  processServerOnly?: boolean;
  /** Registers each combobox so OK can focus the first invalid one. */
  inputRef: (field: MachineFieldName) => (element: HTMLInputElement | null) => void;
}

/**
 * One machine's re-protect fields in the plan pane (RPL-1: values per machine), each combobox
 * named "{label} for {machine}" (docs/ui-names.md §5). Lists come from the item's eligibility in the
 * plan's context; datastores and drives are the chosen master target's.
 */
export function PlanMachineFields(props: Props) {
  const { vault, plan, item, values, onChange, errors, inputRef, processServerOnly = false } = props;
  const { t } = useTranslation(['plans', 'panes']);
  const machine = item.properties.friendlyName;
  const group = item.properties.providerSpecificDetails.replicationGroup;
  const base = usePlanMachineFields(vault, plan, item, '');
  const perMt = usePlanMachineFields(vault, plan, item, values.masterTarget, Boolean(values.masterTarget));
  const mtFields = values.masterTarget ? perMt.data : undefined;

  // RV-6: choosing a master target fills the retention drive with its default when eligible.
  const rvField = mtFields?.retentionDrive;
  const rvDefault = rvField?.default ?? null;
  useEffect(() => {
    if (!values.retentionDrive && rvDefault && rvField?.options.some((option) => option.value === rvDefault))
      onChange(machine, { retentionDrive: rvDefault });
  }, [machine, rvDefault, rvField, values.retentionDrive, onChange]);

  return (
    <PlanMachineSection
      machine={machine}
      heading={
        group ? t('pane.machineHeading', { machine, group }) : t('pane.machineHeadingNoGroup', { machine })
      }
    >
      <ReprotectFields
        label={(field) => t('pane.fieldFor', { label: t(`panes:reprotect.${field}`), machine })}
        excludedLabel={(field) => (count) =>
          t('pane.fieldFor', { label: t(`panes:reprotect.excluded.${field}`, { count }), machine })
        }
        fields={{ ...base.data, datastore: mtFields?.datastore, retentionDrive: mtFields?.retentionDrive }}
        values={values}
        onChange={(patch) => onChange(machine, patch)}
        errors={errors}
        inputRef={inputRef}
        processServerOnly={processServerOnly}
      />
    </PlanMachineSection>
  );
}

import { useTranslation } from 'react-i18next';
import type { ItemFieldEligibility } from '../../api/wire-types';
import {
  HyperVFailbackFields,
  type HyperVField,
  type HyperVPatch,
} from '../../components/hyper-v-failback-fields';
import { PlanMachineSection } from './plan-machine-section';

/** What the user changed for one machine; null = the backend's default (the item pane's too). */
export interface HyperVChoice {
  createVm: boolean;
  host: string | null;
  key: string | null;
}
export const NO_CHOICE: HyperVChoice = { createVm: false, host: null, key: null };
export type { HyperVField };

interface Props {
  machine: string;
  encrypted: boolean;
  /** The item's planned failover fields (`{S}{I}/eligibility?operation=plannedFailover`). */
  fields: ItemFieldEligibility | undefined;
  choice: HyperVChoice;
  /** The host and key now in effect (the choice, else the default). */
  hostName: string;
  encryptionKey: string;
  onChange: (machine: string, patch: Partial<HyperVChoice>) => void;
  errors: Partial<Record<HyperVField, string>>;
  inputRef: (field: HyperVField) => (element: HTMLInputElement | null) => void;
}

/**
 * One Hyper-V machine's failback fields in the plan's Planned failover pane (docs/rules.md §14:
 * the plan asks the item pane's HV-4, HV-5 fields per machine), each named "{label} for {machine}"
 * (docs/ui-names.md §5), with the item pane's hints and messages.
 */
export function PlanHyperVFields(props: Props) {
  const { machine, encrypted, fields, choice, hostName, encryptionKey, onChange, errors, inputRef } = props;
  const { t } = useTranslation(['plans', 'hyperv']);
  return (
    <PlanMachineSection machine={machine} heading={t('pane.machineHeadingNoGroup', { machine })}>
      <HyperVFailbackFields
        label={(key) => t('pane.fieldFor', { label: t(`hyperv:planned.${key}`), machine })}
        keyHint={t('hyperv:planned.encryptionKeyPlanHint', { machines: machine })}
        fields={fields}
        encrypted={encrypted}
        createVm={choice.createVm}
        hostName={hostName}
        encryptionKey={encryptionKey}
        onChange={(patch: HyperVPatch) => onChange(machine, patch)}
        errors={errors}
        inputRef={inputRef}
      />
    </PlanMachineSection>
  );
}

import type { Ref } from 'react';
import { Checkbox, Combobox, Field, Option } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { FieldEligibility, ItemFieldEligibility } from '../api/wire-types';

export type HyperVField = 'hostName' | 'encryptionKey';

/** What the user changed: `host` and `key` are only set once chosen or typed. */
export interface HyperVPatch {
  createVm?: boolean;
  host?: string;
  key?: string;
}

export interface HyperVFailbackFieldsProps {
  /** The controls' names: the item pane's, or "{label} for {machine}" in the plan (docs/ui-names.md §5). */
  label: (field: 'createVm' | HyperVField) => string;
  /** The encryption key's hint (the plan names the machine). */
  keyHint: string;
  /** The item's planned failover fields (`{S}{I}/eligibility?operation=plannedFailover`); undefined while loading. */
  fields: ItemFieldEligibility | undefined;
  encrypted: boolean;
  createVm: boolean;
  /** The host and key now in effect (the user's choice, else the backend's default). */
  hostName: string;
  encryptionKey: string;
  onChange: (patch: HyperVPatch) => void;
  errors: Partial<Record<HyperVField, string>>;
  /** Lets OK focus the first invalid field. */
  inputRef: (field: HyperVField) => Ref<HTMLInputElement>;
}

function Options({ field }: { field: FieldEligibility | undefined }) {
  return (field?.options ?? []).map((option) => (
    <Option key={option.value} value={option.value} text={option.label}>
      {option.label}
    </Option>
  ));
}

/**
 * The Hyper-V failback fields of pane "Planned failover" for an item or each machine of a plan
 * (docs/rules.md §14): checkbox "Create VM if it does not exist", the alternate host (HV-5) once it is
 * checked, and the encryption key (HV-4) of an encrypted VM.
 */
export function HyperVFailbackFields(props: HyperVFailbackFieldsProps) {
  const { label, keyHint, fields, encrypted, createVm, hostName, encryptionKey, onChange, errors, inputRef } =
    props;
  const { t } = useTranslation('hyperv');
  const hostField = fields?.hostName;
  const hostOptions = hostField?.options ?? [];
  // HV-5: a loaded list without a host warns; while it loads nothing is said.
  const noHost = Boolean(hostField) && hostOptions.length === 0;
  return (
    <>
      <Checkbox
        checked={createVm}
        onChange={(_event, data) => onChange({ createVm: data.checked === true })}
        label={label('createVm')}
      />
      {createVm ? (
        <Field
          label={label('hostName')}
          hint={t('planned.alternateHostPrerequisites')}
          required
          validationState={errors.hostName ? 'error' : noHost ? 'warning' : 'none'}
          validationMessage={errors.hostName ?? (noHost ? t('planned.noHost') : undefined)}
        >
          <Combobox
            ref={inputRef('hostName')}
            value={hostOptions.find((option) => option.value === hostName)?.label ?? hostName}
            selectedOptions={hostName ? [hostName] : []}
            placeholder={t('planned.placeholder')}
            onOptionSelect={(_event, data) => onChange({ host: data.optionValue ?? '' })}
          >
            <Options field={hostField} />
          </Combobox>
        </Field>
      ) : null}
      {encrypted ? (
        <Field
          label={label('encryptionKey')}
          hint={keyHint}
          required
          validationState={errors.encryptionKey ? 'error' : 'none'}
          validationMessage={errors.encryptionKey}
        >
          {/* HV-4: the certificate is the user's; freeform, even when the backend offers one. */}
          <Combobox
            ref={inputRef('encryptionKey')}
            freeform
            value={encryptionKey}
            placeholder={t('planned.placeholder')}
            onChange={(event) => onChange({ key: event.target.value })}
            onOptionSelect={(_event, data) => onChange({ key: data.optionValue ?? '' })}
          >
            <Options field={fields?.encryptionKey} />
          </Combobox>
        </Field>
      ) : null}
    </>
  );
}

import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldEligibility } from '../api/wire-types';
import { EligibleField } from './eligible-field';

/** The re-protect Azure → on-premises fields (LIFE-3), in the blade's order. */
export type ReprotectFieldName = 'masterTarget' | 'processServer' | 'datastore' | 'retentionDrive';
export const REPROTECT_FIELDS: ReprotectFieldName[] = [
  'masterTarget',
  'processServer',
  'datastore',
  'retentionDrive',
];
export type ReprotectValues = Record<ReprotectFieldName, string>;

/** ARM's `target` of an InvalidParameter answer → the field it belongs to (docs/api.md §5). */
export const REPROTECT_TARGETS: Record<string, ReprotectFieldName> = {
  masterTargetId: 'masterTarget',
  processServerId: 'processServer',
  datastoreName: 'datastore',
  retentionDrive: 'retentionDrive',
};

export interface ReprotectFieldsProps {
  /** The combobox names: the item pane's, or "{label} for {machine}" in the plan (docs/ui-names.md §5). */
  label: (field: ReprotectFieldName) => string;
  excludedLabel: (field: ReprotectFieldName) => (count: number) => string;
  /** The lists; the datastores and drives are the chosen master target's (undefined before one). */
  fields: Partial<Record<ReprotectFieldName, FieldEligibility>>;
  values: ReprotectValues;
  /** A new master target comes with empty datastore and drive: the lists are the MT's. */
  onChange: (patch: Partial<ReprotectValues>) => void;
  errors: Partial<Record<ReprotectFieldName, string>>;
  inputRef: (field: ReprotectFieldName) => Ref<HTMLInputElement>;
  /** LIFE-6 (a plan's machines on-premises → Azure) asks the process server only. */
  processServerOnly?: boolean;
  /** §14, RV-8: said under the retention drive once a master target is chosen. */
  retentionDriveHint?: string;
}

/**
 * The re-protect fields of the item pane and of each plan machine (docs/ui-names.md §5): master
 * target, process server, datastore and retention drive, each with its excluded resources and why.
 */
export function ReprotectFields(props: ReprotectFieldsProps) {
  const { label, excludedLabel, fields, values, onChange, errors, inputRef } = props;
  const { processServerOnly = false, retentionDriveHint } = props;
  const { t } = useTranslation('panes');
  const mtChosen = Boolean(values.masterTarget);
  const field = (name: ReprotectFieldName) => ({
    label: label(name),
    field: fields[name],
    value: values[name],
    onChange: (value: string) => onChange({ [name]: value }),
    excludedLabel: excludedLabel(name),
    emptyReason: t(`reprotect.empty.${name}`),
    error: errors[name],
    inputRef: inputRef(name),
    placeholder: t('reprotect.placeholder'),
  });
  // Datastores and drives are listed only once a master target is chosen.
  const perMt = (name: 'datastore' | 'retentionDrive', hint?: string) => ({
    ...field(name),
    excludedLabel: mtChosen ? excludedLabel(name) : null,
    hint: mtChosen ? hint : t('reprotect.chooseMasterTargetFirst'),
  });
  return (
    <>
      {processServerOnly ? null : (
        <EligibleField
          {...field('masterTarget')}
          onChange={(value) => onChange({ masterTarget: value, datastore: '', retentionDrive: '' })}
        />
      )}
      <EligibleField
        {...field('processServer')}
        hint={processServerOnly ? undefined : t('reprotect.psHint')}
      />
      {processServerOnly ? null : (
        <>
          <EligibleField {...perMt('datastore')} />
          <EligibleField {...perMt('retentionDrive', retentionDriveHint)} />
        </>
      )}
    </>
  );
}

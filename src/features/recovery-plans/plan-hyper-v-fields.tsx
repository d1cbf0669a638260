import { Checkbox, Combobox, Field, Option, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { ItemFieldEligibility } from '../../api/wire-types';

const useStyles = makeStyles({
  machine: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalM,
  },
});

/** What the user changed for one machine; null = the backend's default (the item pane's too). */
export interface HyperVChoice {
  createVm: boolean;
  host: string | null;
  key: string | null;
}
export const NO_CHOICE: HyperVChoice = { createVm: false, host: null, key: null };
export type HyperVField = 'hostName' | 'encryptionKey';

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
  const styles = useStyles();
  const label = (key: string) => t('pane.fieldFor', { label: t(`hyperv:planned.${key}`), machine });
  const hostField = fields?.hostName;
  const hostOptions = hostField?.options ?? [];
  const keyOptions = fields?.encryptionKey?.options ?? [];
  return (
    <section className={styles.machine} aria-label={machine}>
      <Subtitle2 as="h3">{t('pane.machineHeadingNoGroup', { machine })}</Subtitle2>
      <Checkbox
        checked={choice.createVm}
        onChange={(_event, data) => onChange(machine, { createVm: data.checked === true })}
        label={label('createVm')}
      />
      {choice.createVm ? (
        <Field
          label={label('hostName')}
          hint={t('hyperv:planned.alternateHostPrerequisites')}
          required
          validationState={errors.hostName ? 'error' : hostOptions.length || !hostField ? 'none' : 'warning'}
          validationMessage={
            errors.hostName ?? (hostField && !hostOptions.length ? t('hyperv:planned.noHost') : undefined)
          }
        >
          <Combobox
            ref={inputRef('hostName')}
            value={hostOptions.find((option) => option.value === hostName)?.label ?? hostName}
            selectedOptions={hostName ? [hostName] : []}
            placeholder={t('hyperv:planned.placeholder')}
            onOptionSelect={(_event, data) => onChange(machine, { host: data.optionValue ?? '' })}
          >
            {hostOptions.map((option) => (
              <Option key={option.value} value={option.value} text={option.label}>
                {option.label}
              </Option>
            ))}
          </Combobox>
        </Field>
      ) : null}
      {encrypted ? (
        <Field
          label={label('encryptionKey')}
          hint={t('hyperv:planned.encryptionKeyPlanHint', { machines: machine })}
          required
          validationState={errors.encryptionKey ? 'error' : 'none'}
          validationMessage={errors.encryptionKey}
        >
          {/* HV-4: the certificate is the user's; freeform, as in the item pane. */}
          <Combobox
            ref={inputRef('encryptionKey')}
            freeform
            value={encryptionKey}
            placeholder={t('hyperv:planned.placeholder')}
            onChange={(event) => onChange(machine, { key: event.target.value })}
            onOptionSelect={(_event, data) => onChange(machine, { key: data.optionValue ?? '' })}
          >
            {keyOptions.map((option) => (
              <Option key={option.value} value={option.value} text={option.label}>
                {option.label}
              </Option>
            ))}
          </Combobox>
        </Field>
      ) : null}
    </section>
  );
}

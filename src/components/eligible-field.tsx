import { useId, useRef, useState, type Ref } from 'react';
import { Button, Combobox, Field, Option, makeStyles, tokens } from '@fluentui/react-components';
import { ChevronDown16Regular, ChevronRight16Regular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import type { FieldEligibility } from '../api/wire-types';

const useStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  excludedButton: { alignSelf: 'flex-start', paddingLeft: 0, minWidth: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXXL, color: tokens.colorNeutralForeground2 },
});

export interface EligibleFieldProps {
  label: string;
  /** undefined while loading. */
  field: FieldEligibility | undefined;
  value: string;
  onChange: (value: string) => void;
  /** "Excluded … (N)"; null hides the button (datastores before a master target is chosen). */
  excludedLabel: ((count: number) => string) | null;
  /** Why the list is empty (DS-2), shown under the combobox when there is no option. */
  emptyReason: string;
  hint?: string;
  error?: string;
  inputRef?: Ref<HTMLInputElement>;
  placeholder?: string;
}

/**
 * A combobox of the eligible resources only (docs/ui-names.md §1: ineligible ones are never disabled
 * options) and, under it, the expandable list of the excluded ones with the rule's reason.
 */
export function EligibleField(props: EligibleFieldProps) {
  const { label, field, value, onChange, excludedLabel, emptyReason, hint, error, inputRef, placeholder } =
    props;
  const { t } = useTranslation('panes');
  const styles = useStyles();
  const [expanded, setExpanded] = useState(false);
  const [typed, setTyped] = useState<string | null>(null);
  // Whether the list itself picked an option on this Enter (see onKeyDown).
  const pickedByList = useRef(false);
  const listId = useId();
  const options = field?.options ?? [];
  const excluded = field?.excluded ?? [];
  const selected = options.find((option) => option.value === value);
  const empty = field !== undefined && options.length === 0;
  const message = error ?? (empty ? emptyReason : undefined);

  return (
    <div className={styles.group}>
      <Field
        label={label}
        hint={hint}
        required
        validationState={error ? 'error' : empty ? 'warning' : 'none'}
        validationMessage={message}
      >
        <Combobox
          ref={inputRef}
          // What the user types highlights the first option starting with it (docs/ui-names.md §10: typing
          // then Enter picks it); on a choice or when focus leaves, the field shows the choice again.
          value={typed ?? selected?.label ?? ''}
          selectedOptions={selected ? [selected.value] : []}
          placeholder={placeholder}
          onChange={(event) => setTyped(event.target.value)}
          onBlur={() => setTyped(null)}
          onKeyDown={(event) => {
            // docs/ui-names.md §10: typing then Enter picks the first option starting with what was
            // typed. The list marks that option only once its options have mounted; an Enter typed
            // before then (a fast typist, a demo script) picked nothing while the field still showed
            // the typed text. When the list picked nothing on this Enter, the typed text picks.
            if (event.key !== 'Enter' || typed === null) return;
            pickedByList.current = false;
            const text = typed.trim().toLocaleLowerCase();
            const match = options.find((option) => option.label.toLocaleLowerCase().startsWith(text));
            setTimeout(() => {
              if (pickedByList.current || !text || !match) return;
              setTyped(null);
              onChange(match.value);
            });
          }}
          onOptionSelect={(_event, data) => {
            pickedByList.current = true;
            setTyped(null);
            if (data.optionValue !== undefined) onChange(data.optionValue);
          }}
        >
          {options.map((option) => (
            <Option key={option.value} value={option.value} text={option.label}>
              {option.label}
            </Option>
          ))}
        </Combobox>
      </Field>
      {excludedLabel && field ? (
        <>
          <Button
            className={styles.excludedButton}
            appearance="transparent"
            size="small"
            icon={expanded ? <ChevronDown16Regular /> : <ChevronRight16Regular />}
            aria-expanded={expanded}
            aria-controls={expanded ? listId : undefined}
            onClick={() => setExpanded((open) => !open)}
          >
            {excludedLabel(excluded.length)}
          </Button>
          {expanded ? (
            <ul
              id={listId}
              className={styles.list}
              aria-label={t('reprotect.excluded.listLabel', { field: label })}
            >
              {excluded.map((entry) => (
                <li key={entry.value}>
                  {t('reprotect.excluded.entry', { name: entry.label, reason: entry.reason })}
                </li>
              ))}
            </ul>
          ) : null}
        </>
      ) : null}
    </div>
  );
}

import { Dropdown, Field, Option } from '@fluentui/react-components';

export interface Choice {
  value: string;
  /** The option's accessible name: it starts with the resource's name (docs/ui-names.md §1). */
  text: string;
}

/** A labelled combobox with its validation message under it; names render as text only. */
export function ChoiceField(props: {
  label: string;
  value: string;
  choices: Choice[];
  onChange: (value: string) => void;
  error?: string;
  placeholder?: string;
  /** Marks the field so the form can focus it when invalid. */
  field?: string;
}) {
  const { label, value, choices, onChange, error, placeholder, field } = props;
  const selected = choices.find((c) => c.value === value);
  return (
    <Field
      data-field={field}
      label={label}
      validationMessage={error}
      validationState={error ? 'error' : 'none'}
    >
      <Dropdown
        aria-required
        placeholder={placeholder}
        value={selected?.text ?? ''}
        selectedOptions={selected ? [selected.value] : []}
        onOptionSelect={(_, data) => onChange(data.optionValue ?? '')}
      >
        {choices.map((c) => (
          <Option key={c.value} value={c.value} text={c.text}>
            {c.text}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}

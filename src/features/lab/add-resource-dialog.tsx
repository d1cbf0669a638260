import { useState } from 'react';
import {
  Button,
  Dialog,
  DialogTrigger,
  Dropdown,
  Field,
  Input,
  Option,
  Text,
} from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { DialogCloseButton, DialogFrame } from '../../components/dialog-frame';
import { useLayoutStyles } from '../../components/layout-styles';

export interface NewResource {
  name: string;
  kind: string;
  capacityGB: number;
}

/**
 * The Lab's small "add" form: a drive on a master target (drive letter or mount point, file
 * system, capacity; RV-7) or a datastore on an ESXi host (name, type, capacity). The backend
 * validates the name; its message shows in the Lab's error alert.
 */
export function AddResourceDialog(props: {
  trigger: string;
  title: string;
  nameLabel: string;
  kindLabel: string;
  kinds: string[];
  /** Guidance shown in the dialog (§14: a retention drive is a new disk). */
  note?: string;
  onAdd: (resource: NewResource) => void;
}) {
  const { t } = useTranslation('lab');
  const layout = useLayoutStyles();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [kind, setKind] = useState(props.kinds[0] ?? '');
  const [capacity, setCapacity] = useState('100');
  const [error, setError] = useState<string | null>(null);

  const submit = () => {
    const capacityGB = Number(capacity);
    if (!name.trim()) return setError('name');
    if (!Number.isFinite(capacityGB) || capacityGB < 0 || capacity.trim() === '') return setError('capacity');
    props.onAdd({ name: name.trim(), kind, capacityGB });
    setOpen(false);
    setName('');
    setError(null);
  };

  return (
    <Dialog open={open} onOpenChange={(_, data) => setOpen(data.open)}>
      <DialogTrigger disableButtonEnhancement>
        <Button size="small">{props.trigger}</Button>
      </DialogTrigger>
      <DialogFrame
        title={props.title}
        contentClassName={layout.stackM}
        actions={
          <>
            <Button appearance="primary" onClick={submit}>
              {t('add.add')}
            </Button>
            <DialogCloseButton>{t('add.cancel')}</DialogCloseButton>
          </>
        }
      >
        {props.note ? <Text>{props.note}</Text> : null}
        <Field
          label={props.nameLabel}
          validationMessage={error === 'name' ? t('add.nameRequired') : undefined}
        >
          <Input value={name} onChange={(_, data) => setName(data.value)} />
        </Field>
        <Field label={props.kindLabel}>
          <Dropdown
            value={kind}
            selectedOptions={[kind]}
            onOptionSelect={(_, data) => setKind(data.optionValue ?? kind)}
          >
            {props.kinds.map((k) => (
              <Option key={k} value={k}>
                {k}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Field
          label={t('add.capacity')}
          validationMessage={error === 'capacity' ? t('add.capacityInvalid') : undefined}
        >
          <Input type="number" min={0} value={capacity} onChange={(_, data) => setCapacity(data.value)} />
        </Field>
      </DialogFrame>
    </Dialog>
  );
}

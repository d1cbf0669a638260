import { useRef, useState } from 'react';
import { Checkbox, Field, Textarea } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';

/**
 * The fields of pane "Test failover cleanup" for an item or a plan (docs/ui-names.md §5): textbox Notes
 * and the checkbox that must be checked before OK.
 */
/** TF-3: notes (kept in the job, at most 1,024 characters as ARM) and the confirmation. */
export function useCleanupFields() {
  const { t } = useTranslation('panes');
  const [notes, setNotes] = useState('');
  const [confirmed, setConfirmed] = useState(false);
  const [error, setError] = useState<{ field: 'notes' | 'confirm'; message: string } | null>(null);
  const confirmRef = useRef<HTMLInputElement>(null);
  const notesRef = useRef<HTMLTextAreaElement>(null);
  const validate = () => {
    if (notes.length > 1024) {
      setError({ field: 'notes', message: t('cleanup.notesTooLong') });
      notesRef.current?.focus();
      return false;
    }
    if (!confirmed) {
      setError({ field: 'confirm', message: t('cleanup.confirmRequired') });
      confirmRef.current?.focus();
      return false;
    }
    setError(null);
    return true;
  };
  const fields = (
    <>
      <Field
        label={t('cleanup.notes')}
        hint={t('cleanup.notesHint')}
        validationState={error?.field === 'notes' ? 'error' : 'none'}
        validationMessage={error?.field === 'notes' ? error.message : undefined}
      >
        <Textarea ref={notesRef} value={notes} resize="vertical" onChange={(_e, d) => setNotes(d.value)} />
      </Field>
      <Field
        validationState={error?.field === 'confirm' ? 'error' : 'none'}
        validationMessage={error?.field === 'confirm' ? error.message : undefined}
      >
        <Checkbox
          ref={confirmRef}
          checked={confirmed}
          onChange={(_e, d) => {
            setConfirmed(d.checked === true);
            setError(null);
          }}
          label={t('cleanup.confirm')}
        />
      </Field>
    </>
  );
  return { notes, dirty: notes !== '' || confirmed, validate, fields };
}

import { Button, Dialog } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { DialogFrame } from './dialog-frame';

export interface DiscardDialogProps {
  open: boolean;
  onDiscard: () => void;
  onKeepEditing: () => void;
}

/**
 * "Discard changes?" (docs/ui-names.md §5): asked when a pane with changed fields is closed by Cancel,
 * Esc or browser Back. An alert dialog, so a click outside does not answer it; Esc keeps editing.
 */
export function DiscardDialog({ open, onDiscard, onKeepEditing }: DiscardDialogProps) {
  const { t } = useTranslation('panes');
  // The safe answer takes focus, which also makes this the active modal over the pane.
  const keepEditingRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (open) keepEditingRef.current?.focus();
  }, [open]);
  return (
    <Dialog
      open={open}
      modalType="alert"
      onOpenChange={(_event, data) => {
        if (!data.open) onKeepEditing();
      }}
    >
      <DialogFrame
        title={t('discard.title')}
        actions={
          <>
            <Button appearance="primary" onClick={onDiscard}>
              {t('discard.discard')}
            </Button>
            <Button ref={keepEditingRef} appearance="secondary" onClick={onKeepEditing}>
              {t('discard.keepEditing')}
            </Button>
          </>
        }
      >
        {t('discard.message')}
      </DialogFrame>
    </Dialog>
  );
}

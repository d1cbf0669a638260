import { useEffect, useRef, type ReactNode } from 'react';
import { Button, Dialog, Spinner } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { DialogFrame } from './dialog-frame';
import { ErrorBar } from './error-bar';
import { useReturnFocus } from './focus-return';

export interface ConfirmDialogProps {
  title: string;
  /** What OK does; null while it is not known yet (or cannot be). */
  message: ReactNode | null;
  loading: boolean;
  problem: string | null;
  /** Heads the problem when it came from OK rather than from loading. */
  problemTitle: string | null;
  okText: string;
  cancelText: string;
  okDisabled: boolean;
  busy: boolean;
  onOk: () => void;
  onClose: () => void;
}

/**
 * A route's confirmation (docs/ui-names.md §5): an alert dialog, so a click outside does not answer it;
 * Esc closes it like Cancel. The texts come from the caller, whose catalog knows the operation.
 */
export function ConfirmDialog({
  title,
  message,
  loading,
  problem,
  problemTitle,
  okText,
  cancelText,
  okDisabled,
  busy,
  onOk,
  onClose,
}: ConfirmDialogProps) {
  const { t } = useTranslation('common');
  useReturnFocus();
  // A confirmation opens on its OK (the portal's primary action), not on the first focusable element
  // Fluent would pick (the View automation toggle in the message). This effect runs after Fluent's.
  const okRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    okRef.current?.focus();
  }, []);
  return (
    <Dialog
      open
      modalType="alert"
      onOpenChange={(_event, data) => {
        if (!data.open) onClose();
      }}
    >
      <DialogFrame
        title={title}
        actions={
          <>
            <Button
              ref={okRef}
              appearance="primary"
              disabled={okDisabled}
              // docs/ui-names.md §10: OK stays focusable while it runs; the caller ignores repeats.
              disabledFocusable={busy}
              icon={busy ? <Spinner size="tiny" aria-label={t('loading')} /> : undefined}
              onClick={onOk}
            >
              {okText}
            </Button>
            <Button appearance="secondary" onClick={onClose}>
              {cancelText}
            </Button>
          </>
        }
      >
        {problem ? <ErrorBar title={problemTitle}>{problem}</ErrorBar> : null}
        {message}
        {loading ? <Spinner size="tiny" label={t('loading')} /> : null}
      </DialogFrame>
    </Dialog>
  );
}

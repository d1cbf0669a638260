import type { ReactElement, ReactNode } from 'react';
import { Button, Dialog, DialogTrigger } from '@fluentui/react-components';
import { DialogCloseButton, DialogFrame } from '../../components/dialog-frame';
import { ErrorBar } from '../../components/error-bar';

interface Props {
  /** The button that opens the dialog (focus returns to it). */
  trigger: ReactElement;
  title: string;
  message: ReactNode;
  /** The refusal of OK's request, shown above the message; the dialog stays open. */
  error: string | null;
  okText: string;
  cancelText: string;
  onOk: () => void;
  /** Runs as the dialog opens or closes (to forget the last refusal). */
  onOpenChange: () => void;
}

/** Start or Stop a runbook: an alert dialog (a click outside does not answer it; Esc cancels). */
export function RunbookConfirm({
  trigger,
  title,
  message,
  error,
  okText,
  cancelText,
  onOk,
  onOpenChange,
}: Props) {
  return (
    <Dialog modalType="alert" onOpenChange={onOpenChange}>
      <DialogTrigger disableButtonEnhancement>{trigger}</DialogTrigger>
      <DialogFrame
        title={title}
        actions={
          <>
            <Button appearance="primary" onClick={onOk}>
              {okText}
            </Button>
            <DialogCloseButton appearance="secondary">{cancelText}</DialogCloseButton>
          </>
        }
      >
        {error ? <ErrorBar>{error}</ErrorBar> : null}
        {message}
      </DialogFrame>
    </Dialog>
  );
}

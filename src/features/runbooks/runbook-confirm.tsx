import type { ReactElement, ReactNode } from 'react';
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  MessageBar,
  MessageBarBody,
} from '@fluentui/react-components';

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
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent>
            {error ? (
              <MessageBar intent="error">
                <MessageBarBody>{error}</MessageBarBody>
              </MessageBar>
            ) : null}
            {message}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onOk}>
              {okText}
            </Button>
            <DialogTrigger disableButtonEnhancement>
              <Button appearance="secondary">{cancelText}</Button>
            </DialogTrigger>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

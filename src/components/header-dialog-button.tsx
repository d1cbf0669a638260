import { useState, type ReactElement, type ReactNode } from 'react';
import { Button, Dialog, DialogTrigger, Tooltip } from '@fluentui/react-components';
import { DialogCloseButton, DialogFrame } from './dialog-frame';
import { useTooltipVisibility } from './use-tooltip-visibility';

export interface HeaderDialogButtonProps {
  /** The button's accessible name, also its tooltip: the icon alone says nothing to a screen reader. */
  label: string;
  icon: ReactElement;
  /** Drawn on the button, e.g. a count badge (hidden from the name, which says it already). */
  badge?: ReactNode;
  title: string;
  closeText: string;
  /** The dialog's content; `close` lets it shut the dialog, e.g. when it navigates away. */
  children: (close: () => void) => ReactNode;
}

/** An icon button in the portal header opening a dialog that Close, Esc or a click outside shuts. */
export function HeaderDialogButton({
  label,
  icon,
  badge,
  title,
  closeText,
  children,
}: HeaderDialogButtonProps) {
  const [open, setOpen] = useState(false);
  // Never up while the dialog is open: a visible tooltip would swallow its Esc (docs/ui-names.md §10).
  const tooltip = useTooltipVisibility(!open);
  return (
    <Dialog
      open={open}
      onOpenChange={(_event, data) => {
        if (data.open) tooltip.hide();
        setOpen(data.open);
      }}
    >
      <DialogTrigger disableButtonEnhancement>
        <Tooltip
          content={label}
          relationship="label"
          visible={tooltip.visible}
          onVisibleChange={tooltip.onVisibleChange}
        >
          <Button appearance="subtle" icon={icon} aria-label={label}>
            {badge}
          </Button>
        </Tooltip>
      </DialogTrigger>
      <DialogFrame
        title={title}
        actions={<DialogCloseButton appearance="secondary">{closeText}</DialogCloseButton>}
      >
        {children(() => setOpen(false))}
      </DialogFrame>
    </Dialog>
  );
}

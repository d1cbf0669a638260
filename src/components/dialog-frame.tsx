import type { ReactNode } from 'react';
import {
  Button,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  type ButtonProps,
} from '@fluentui/react-components';

/**
 * What every dialog in the portal draws inside its Fluent `Dialog`: the title that names it, the
 * content, then the action buttons (docs/ui-names.md §5, §10: Esc closes it and focus returns to
 * the opener, both kept by the `Dialog` around it).
 */
export function DialogFrame({
  title,
  children,
  actions,
  contentClassName,
}: {
  title: string;
  children: ReactNode;
  actions: ReactNode;
  contentClassName?: string;
}) {
  return (
    <DialogSurface>
      <DialogBody>
        <DialogTitle>{title}</DialogTitle>
        <DialogContent className={contentClassName}>{children}</DialogContent>
        <DialogActions>{actions}</DialogActions>
      </DialogBody>
    </DialogSurface>
  );
}

/** A dialog's Cancel or Close: it shuts the dialog around it like Esc does. */
export function DialogCloseButton({
  appearance,
  children,
}: {
  appearance?: ButtonProps['appearance'];
  children: ReactNode;
}) {
  return (
    <DialogTrigger disableButtonEnhancement>
      <Button appearance={appearance}>{children}</Button>
    </DialogTrigger>
  );
}

import type { ReactElement, ReactNode } from 'react';
import { Toolbar, ToolbarButton, Tooltip } from '@fluentui/react-components';

/** The blade's command bar: a toolbar named "Commands" (ui-contract §1). */
export function CommandBar({ children }: { children?: ReactNode }) {
  return (
    <Toolbar aria-label="Commands" size="small">
      {children}
    </Toolbar>
  );
}

export interface CommandProps {
  icon?: ReactElement;
  onClick?: () => void;
  /** When set, the command is disabled but focusable (aria-disabled) and the tooltip says why. */
  disabledReason?: string | null;
  children: ReactNode;
}

export function Command({ icon, onClick, disabledReason, children }: CommandProps) {
  if (disabledReason) {
    return (
      <Tooltip content={disabledReason} relationship="description" withArrow>
        <ToolbarButton icon={icon} disabledFocusable appearance="subtle">
          {children}
        </ToolbarButton>
      </Tooltip>
    );
  }
  return (
    <ToolbarButton icon={icon} onClick={onClick} appearance="subtle">
      {children}
    </ToolbarButton>
  );
}

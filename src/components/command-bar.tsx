import type { ReactElement, ReactNode } from 'react';
import { makeStyles, Toolbar, ToolbarButton, Tooltip } from '@fluentui/react-components';
import { useTooltipVisibility } from './use-tooltip-visibility';

// A blade with many commands wraps them onto a second row rather than scrolling the blade sideways
// (a narrow window, or the docked Runbook panel beside the blade).
const useStyles = makeStyles({
  bar: { flexWrap: 'wrap', rowGap: '2px' },
  command: { flexShrink: 0, whiteSpace: 'nowrap' },
});

/** The blade's command bar: a toolbar named "Commands" (docs/ui-names.md §1). */
export function CommandBar({ children }: { children?: ReactNode }) {
  const styles = useStyles();
  return (
    <Toolbar aria-label="Commands" size="small" className={styles.bar}>
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
  // One element whether enabled or not: a command that becomes disabled while its pane closes (a
  // job started) keeps focus, which returns to it (docs/ui-names.md §10).
  // The reason shows only while disabled, and never over a dialog: a command that becomes disabled
  // behind the confirm dialog its OK answered must not pop its tooltip up there, where it would
  // swallow Esc (docs/ui-names.md §10).
  const tooltip = useTooltipVisibility(Boolean(disabledReason));
  const styles = useStyles();
  return (
    <Tooltip
      content={disabledReason ?? ''}
      relationship="description"
      withArrow
      visible={tooltip.visible}
      onVisibleChange={tooltip.onVisibleChange}
    >
      <ToolbarButton
        icon={icon}
        disabledFocusable={Boolean(disabledReason)}
        onClick={disabledReason ? undefined : onClick}
        appearance="subtle"
        className={styles.command}
      >
        {children}
      </ToolbarButton>
    </Tooltip>
  );
}

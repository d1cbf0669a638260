import type { ReactNode } from 'react';
import { makeStyles, tokens, Text } from '@fluentui/react-components';

const useStyles = makeStyles({
  blade: { display: 'flex', flexDirection: 'column', minHeight: 0, flexGrow: 1 },
  header: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalXL} ${tokens.spacingVerticalS}`,
  },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase600,
    lineHeight: tokens.lineHeightBase600,
    fontWeight: tokens.fontWeightSemibold,
  },
  subtitle: { color: tokens.colorNeutralForeground3 },
  commands: {
    padding: `0 ${tokens.spacingHorizontalL}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  body: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalXL}`,
    minHeight: 0,
    flexGrow: 1,
  },
});

export interface BladeProps {
  title: string;
  subtitle: string;
  commands?: ReactNode;
  children?: ReactNode;
}

/** A portal blade: exactly one h1 (docs/ui-names.md §1), its subtitle, the command bar, then the body. */
export function Blade({ title, subtitle, commands, children }: BladeProps) {
  const styles = useStyles();
  return (
    <div className={styles.blade}>
      <header className={styles.header}>
        {/* Focusable by script only: focus returns here when a pane's opener is gone (docs/ui-names.md §10). */}
        <h1 className={styles.title} tabIndex={-1}>
          {title}
        </h1>
        <Text className={styles.subtitle}>{subtitle}</Text>
      </header>
      {commands ? <div className={styles.commands}>{commands}</div> : null}
      <div className={styles.body}>{children}</div>
    </div>
  );
}

import { type ReactNode, useId } from 'react';
import { makeStyles, mergeClasses, Switch, tokens } from '@fluentui/react-components';
import { useOptimisticToggle } from '../../components/use-optimistic-toggle';

const useStyles = makeStyles({
  section: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  entry: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    width: '100%',
  },
  alignStart: { alignItems: 'flex-start' },
  entryHeading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

/** A Lab section: a `region` named by its heading (docs/ui-names.md §8). */
export function LabSection({ title, children }: { title: string; children: ReactNode }) {
  const styles = useStyles();
  const id = useId();
  return (
    <section className={styles.section} aria-labelledby={id}>
      <h2 id={id} className={styles.heading}>
        {title}
      </h2>
      {children}
    </section>
  );
}

/** One thing in a Lab section (a host, a master target, a VM): its name as a heading, then its controls. */
export function LabEntry(props: { title: string; alignStart?: boolean; children: ReactNode }) {
  const styles = useStyles();
  return (
    <div className={mergeClasses(styles.entry, props.alignStart && styles.alignStart)}>
      <h3 className={styles.entryHeading}>{props.title}</h3>
      {props.children}
    </div>
  );
}

/** One line of controls for a part of an entry (a datastore of a host, a volume of a master target). */
export function LabRow({ children }: { children: ReactNode }) {
  const styles = useStyles();
  return <div className={styles.row}>{children}</div>;
}

/**
 * A Lab switch; names come from the world and are rendered as text only. It shows the choice at
 * once and goes back to the stored value if the API refuses it (the blade's alert says why); it
 * is `aria-busy` until the API has answered (and so stored the choice).
 */
export function LabSwitch(props: {
  label: string;
  checked: boolean;
  /** Resolves whether the API stored the choice. */
  onChange: (checked: boolean) => Promise<boolean>;
}) {
  const [checked, toggle, pending] = useOptimisticToggle(props.checked, props.onChange);
  return (
    <Switch
      label={props.label}
      checked={checked}
      aria-busy={pending}
      onChange={(_, data) => toggle(data.checked)}
    />
  );
}

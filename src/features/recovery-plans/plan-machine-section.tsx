import type { ReactNode } from 'react';
import { Subtitle2, makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  machine: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalM,
  },
});

/** One machine's fields in a plan pane: a region named by the machine, under its h3 heading. */
export function PlanMachineSection({
  machine,
  heading,
  children,
}: {
  machine: string;
  heading: string;
  children: ReactNode;
}) {
  const styles = useStyles();
  return (
    <section className={styles.machine} aria-label={machine}>
      <Subtitle2 as="h3">{heading}</Subtitle2>
      {children}
    </section>
  );
}

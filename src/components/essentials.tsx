import type { ReactNode } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  region: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
  },
  list: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(180px, max-content) minmax(160px, 1fr))',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0, fontWeight: tokens.fontWeightSemibold },
});

export interface EssentialsEntry {
  label: string;
  value: ReactNode;
}

/** The portal's essentials panel: a region named "Essentials" holding a dt/dd list (docs/ui-names.md §4). */
export function Essentials({ label, entries }: { label: string; entries: EssentialsEntry[] }) {
  const styles = useStyles();
  return (
    <section aria-label={label} className={styles.region}>
      <dl className={styles.list}>
        {entries.map((entry) => (
          <div key={entry.label} style={{ display: 'contents' }}>
            <dt className={styles.term}>{entry.label}</dt>
            <dd className={styles.value}>{entry.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

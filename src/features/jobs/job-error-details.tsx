import { useTranslation } from 'react-i18next';
import { makeStyles, tokens } from '@fluentui/react-components';
import type { ArmJob } from '../../api/wire-types';

const useStyles = makeStyles({
  region: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteRedBorder1}`,
    backgroundColor: tokens.colorPaletteRedBackground1,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalM,
  },
  heading: { margin: `0 0 ${tokens.spacingVerticalS}`, fontSize: tokens.fontSizeBase400 },
  list: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: tokens.spacingHorizontalL,
    margin: 0,
  },
  pair: { display: 'contents' },
  term: { fontWeight: tokens.fontWeightSemibold },
  value: { margin: 0, whiteSpace: 'pre-wrap' },
});

/** docs/ui-names.md §6: a failed job's first error (ERR catalog) as label/value pairs. */
export function JobErrorDetails({ job }: { job: ArmJob }) {
  const { t } = useTranslation('jobs');
  const styles = useStyles();
  const details = job.properties.errors?.[0]?.serviceErrorDetails;
  if (!details) return null;
  const pairs: [string, string][] = [
    [t('error.code'), details.code],
    [t('error.message'), details.message],
    [t('error.possibleCauses'), details.possibleCauses],
    [t('error.recommendation'), details.recommendedAction],
  ];
  return (
    <section className={styles.region} aria-labelledby="job-error-details-heading">
      <h2 id="job-error-details-heading" className={styles.heading}>
        {t('errorDetails')}
      </h2>
      <dl className={styles.list}>
        {pairs.map(([label, value]) => (
          <div key={label} className={styles.pair}>
            <dt className={styles.term}>{label}</dt>
            <dd className={styles.value}>{value || '—'}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

import { useId, type ReactNode } from 'react';
import { makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { DEFAULT_VAULT, RESOURCE_GROUP } from '../../api/arm-paths';
import { itemStatusKeys } from '../../api/item-status';
import { useItemCounts } from '../../api/items';
import { Blade } from '../../components/blade';
import { Essentials } from '../../components/essentials';
import { RouterLink } from '../../components/router-link';
import { useRunningJobCount, useVaultInfo } from './vault-api';

const useStyles = makeStyles({
  cards: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL },
  // Drawn like Fluent's Card (medium size, filled): Card itself brings Tabster's focus groups, about
  // 24 KB gzip of the first load for cards nothing focuses (docs/performance.md).
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: '12px',
    padding: '12px',
    boxSizing: 'border-box',
    minWidth: '260px',
    overflow: 'hidden',
    borderRadius: tokens.borderRadiusMedium,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
    // Card's edge: transparent, shown by forced-colors (high contrast) modes.
    outline: `${tokens.strokeWidthThin} solid ${tokens.colorTransparentStroke}`,
    outlineOffset: `calc(${tokens.strokeWidthThin} * -1)`,
  },
  counts: { display: 'grid', gridTemplateColumns: '1fr auto', rowGap: tokens.spacingVerticalXXS, margin: 0 },
  count: { margin: 0, fontWeight: tokens.fontWeightSemibold, textAlign: 'end' },
});

const healthKeys = ['Normal', 'Warning', 'Critical', 'None'] as const;

/** Vault overview (docs/ui-names.md §2): essentials, item counts by health and status, running jobs. */
export function VaultOverviewBlade() {
  const { t } = useTranslation(['vault', 'common']);
  const styles = useStyles();
  const vault = useParams().vault ?? DEFAULT_VAULT;
  const info = useVaultInfo(vault);
  // docs/api.md §2.3: counts from the API, never the items themselves.
  const counts = useItemCounts(vault);
  const running = useRunningJobCount(vault);
  const base = `/vaults/${encodeURIComponent(vault)}`;

  const location = info.data?.location ?? '';
  const entries = [
    { label: t('overview.resourceGroup'), value: info.data?.resourceGroup ?? RESOURCE_GROUP },
    { label: t('overview.subscription'), value: info.data?.subscription ?? t('common:notAvailable') },
    {
      label: t('overview.location'),
      value: location ? t(`regions.${location}`, { defaultValue: location }) : t('common:notAvailable'),
    },
  ];

  return (
    <Blade title={vault} subtitle={t('overview.subtitle')}>
      <Essentials label={t('overview.essentials')} entries={entries} />
      {counts.isLoading && <Spinner size="small" label={t('common:loading')} />}
      <div className={styles.cards}>
        <OverviewCard title={t('overview.byHealth')}>
          <Counts
            keys={healthKeys}
            term={(key) => t(`common:health.${key}`)}
            counts={counts.data?.byHealth}
          />
          <RouterLink to={`${base}/replicated-items`}>
            {t('overview.allItems', { count: counts.data?.total ?? 0 })}
          </RouterLink>
        </OverviewCard>
        <OverviewCard title={t('overview.byStatus')}>
          <Counts
            keys={itemStatusKeys}
            term={(key) => t(`common:status.${key}`)}
            counts={counts.data?.byStatus}
          />
        </OverviewCard>
        <OverviewCard title={t('overview.jobs')}>
          <RouterLink to={`${base}/jobs`}>
            {t('overview.jobsInProgress', { count: running.data ?? 0 })}
          </RouterLink>
        </OverviewCard>
      </div>
    </Blade>
  );
}

/** One card of the overview: a group named by its title. */
function OverviewCard({ title, children }: { title: string; children: ReactNode }) {
  const styles = useStyles();
  const titleId = useId();
  return (
    <div role="group" aria-labelledby={titleId} className={styles.card}>
      <Text id={titleId} weight="semibold">
        {title}
      </Text>
      {children}
    </div>
  );
}

/** A card's counts, one term and number per key (0 until the API has answered or for a missing key). */
function Counts<K extends string>(props: {
  keys: readonly K[];
  term: (key: K) => string;
  counts: Partial<Record<string, number>> | undefined;
}) {
  const styles = useStyles();
  return (
    <dl className={styles.counts}>
      {props.keys.map((key) => (
        <div key={key} style={{ display: 'contents' }}>
          <dt>{props.term(key)}</dt>
          <dd className={styles.count}>{props.counts?.[key] ?? 0}</dd>
        </div>
      ))}
    </dl>
  );
}

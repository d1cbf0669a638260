import { Dropdown, makeStyles, Option, SearchBox, Text, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { itemStatusKeys, type ItemStatusKey } from '../../api/item-status';
import { healthKeys, type HealthKey, type ItemFilters } from './items-view';

const useStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
  search: { minWidth: '240px' },
  pill: { minWidth: '210px' },
  count: { marginLeft: 'auto', color: tokens.colorNeutralForeground3 },
});

interface Props {
  filters: ItemFilters;
  onChange: (filters: ItemFilters) => void;
  shown: number;
  total: number;
}

/** docs/ui-names.md §3: searchbox "Filter by name", pills for health and status, the record count. */
export function ItemsFilters({ filters, onChange, shown, total }: Props) {
  const { t } = useTranslation(['items', 'common']);
  const styles = useStyles();
  const summary = (selected: string[], label: (key: string) => string) =>
    selected.length === 0 ? t('filters.all') : selected.map(label).join(', ');

  return (
    <div className={styles.bar}>
      <SearchBox
        className={styles.search}
        aria-label={t('filters.byName')}
        placeholder={t('filters.byName')}
        value={filters.text}
        onChange={(_, data) => onChange({ ...filters, text: data.value })}
      />
      <Dropdown
        className={styles.pill}
        multiselect
        aria-label={t('filters.byHealth')}
        value={`${t('columns.health')}: ${summary(filters.health, (key) => t(`common:health.${key}`))}`}
        selectedOptions={filters.health}
        onOptionSelect={(_, data) => onChange({ ...filters, health: data.selectedOptions as HealthKey[] })}
      >
        {healthKeys.map((key) => (
          <Option key={key} value={key}>
            {t(`common:health.${key}`)}
          </Option>
        ))}
      </Dropdown>
      <Dropdown
        className={styles.pill}
        multiselect
        aria-label={t('filters.byStatus')}
        value={`${t('columns.status')}: ${summary(filters.status, (key) => t(`common:status.${key}`))}`}
        selectedOptions={filters.status}
        onOptionSelect={(_, data) =>
          onChange({ ...filters, status: data.selectedOptions as ItemStatusKey[] })
        }
      >
        {itemStatusKeys.map((key) => (
          <Option key={key} value={key}>
            {t(`common:status.${key}`)}
          </Option>
        ))}
      </Dropdown>
      <Text className={styles.count} role="status">
        {t('count', { shown, total })}
      </Text>
    </div>
  );
}

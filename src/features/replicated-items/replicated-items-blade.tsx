import { useMemo, useState } from 'react';
import { ArrowClockwiseRegular } from '@fluentui/react-icons';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { DEFAULT_VAULT } from '../../api/arm-paths';
import { useItems } from '../../api/items';
import { keys } from '../../api/query-keys';
import { Blade } from '../../components/blade';
import { Command, CommandBar } from '../../components/command-bar';
import { LoadState } from '../../components/load-state';
import { ItemsFilters } from './items-filters';
import { ItemsGrid } from './items-grid';
import { viewItems, type ColumnKey, type ItemFilters, type SortState } from './items-view';

/** Replicated items (docs/ui-names.md §3): filterable, sortable, virtualized grid of the vault's items. */
export function ReplicatedItemsBlade() {
  const { t } = useTranslation(['items', 'common']);
  const vault = useParams().vault ?? DEFAULT_VAULT;
  const client = useQueryClient();
  const items = useItems(vault);
  const [filters, setFilters] = useState<ItemFilters>({ text: '', health: [], status: [] });
  const [sort, setSort] = useState<SortState>({ column: 'name', direction: 'ascending' });
  const all = items.data;
  const rows = useMemo(() => viewItems(all ?? [], filters, sort), [all, filters, sort]);

  const onSort = (column: ColumnKey) =>
    setSort((current) => ({
      column,
      direction: current.column === column && current.direction === 'ascending' ? 'descending' : 'ascending',
    }));

  return (
    <Blade
      title={t('title')}
      subtitle={vault}
      commands={
        <CommandBar>
          <Command
            icon={<ArrowClockwiseRegular />}
            onClick={() => void client.invalidateQueries({ queryKey: keys.items(vault) })}
          >
            {t('common:verbs.refresh')}
          </Command>
        </CommandBar>
      }
    >
      <ItemsFilters filters={filters} onChange={setFilters} shown={rows.length} total={all?.length ?? 0} />
      <LoadState isLoading={items.isLoading} error={items.error} />
      <ItemsGrid vault={vault} rows={rows} sort={sort} onSort={onSort} />
    </Blade>
  );
}

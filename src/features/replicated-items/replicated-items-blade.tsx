import { useDeferredValue, useState } from 'react';
import { ArrowClockwiseRegular } from '@fluentui/react-icons';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { DEFAULT_VAULT } from '../../api/arm-paths';
import { useItemCounts, useItemPages } from '../../api/items';
import { keys } from '../../api/query-keys';
import { Blade } from '../../components/blade';
import { Command, CommandBar } from '../../components/command-bar';
import { LoadState } from '../../components/load-state';
import { ItemsFilters } from './items-filters';
import { ItemsGrid } from './items-grid';
import { filterOf, orderByOf, type ColumnKey, type ItemFilters, type SortState } from './items-view';

/**
 * Replicated items (docs/ui-names.md §3): filterable, sortable, virtualized grid of the vault's items.
 * The API filters, sorts and pages (docs/api.md §2.3); the grid loads the next page as it scrolls.
 */
export function ReplicatedItemsBlade() {
  const { t } = useTranslation(['items', 'common']);
  const vault = useParams().vault ?? DEFAULT_VAULT;
  const client = useQueryClient();
  const [filters, setFilters] = useState<ItemFilters>({ text: '', health: [], status: [] });
  const [sort, setSort] = useState<SortState>({ column: 'name', direction: 'ascending' });
  // The searchbox shows each keystroke at once; the query follows.
  const filter = useDeferredValue(filterOf(filters));
  const pages = useItemPages(vault, filter, orderByOf(sort));
  const counts = useItemCounts(vault, filter);
  const rows = pages.data?.pages.flatMap((page) => page.value) ?? [];
  const shown = pages.hasNextPage ? (counts.data?.matching ?? rows.length) : rows.length;

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
      <ItemsFilters
        filters={filters}
        onChange={setFilters}
        shown={shown}
        total={counts.data?.total ?? rows.length}
      />
      <LoadState isLoading={pages.isLoading} error={pages.error} />
      <ItemsGrid
        vault={vault}
        rows={rows}
        rowCount={shown}
        onNearEnd={() => {
          if (pages.hasNextPage && !pages.isFetchingNextPage) void pages.fetchNextPage();
        }}
        sort={sort}
        onSort={onSort}
      />
    </Blade>
  );
}

import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { makeStyles, mergeClasses, tokens, useArrowNavigationGroup } from '@fluentui/react-components';
import { ArrowSortDownRegular, ArrowSortUpRegular } from '@fluentui/react-icons';
import { observeElementRect, useVirtualizer } from '@tanstack/react-virtual';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { itemStatus, type ItemStatusKey } from '../../api/item-status';
import type { ArmItem } from '../../api/wire-types';
import { RouterLink } from '../../components/router-link';
import { ItemActionsMenu, type RowMenuState } from './item-actions-menu';
import { rpoParts, type ColumnKey, type HealthKey, type SortState } from './items-view';

const ROW_HEIGHT = 40;
/** Without layout (jsdom, a hidden tab) the viewport measures 0: assume one screen of rows. */
const FALLBACK_HEIGHT = 600;
/** Load the next page when the view comes this close to the last loaded row (pages: GRID_PAGE_SIZE). */
const PREFETCH_ROWS = 15;
const columns: ColumnKey[] = ['name', 'health', 'status', 'location', 'rpo'];

const useStyles = makeStyles({
  grid: { display: 'flex', flexDirection: 'column', minHeight: '240px', flexGrow: 1 },
  row: {
    display: 'grid',
    gridTemplateColumns: 'minmax(200px, 2fr) repeat(3, minmax(130px, 1fr)) minmax(90px, 0.6fr)',
    alignItems: 'center',
    height: `${ROW_HEIGHT}px`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    boxSizing: 'border-box',
  },
  header: { fontWeight: tokens.fontWeightSemibold, borderBottom: `1px solid ${tokens.colorNeutralStroke1}` },
  cell: {
    padding: `0 ${tokens.spacingHorizontalS}`,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
  },
  nameCell: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalXS,
  },
  sortButton: {
    border: 'none',
    background: 'none',
    padding: 0,
    font: 'inherit',
    color: 'inherit',
    cursor: 'pointer',
    display: 'inline-flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXXS,
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  viewport: { overflowY: 'auto', flexGrow: 1, height: 'calc(100vh - 340px)', minHeight: '200px' },
  body: { position: 'relative', width: '100%' },
  virtualRow: { position: 'absolute', top: 0, left: 0, width: '100%' },
  rowHover: { ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover } },
});

/** `label(key)` as `translate(key)`, each key translated once. */
function once<K extends string>(translate: (key: K) => string) {
  const known = new Map<K, string>();
  return (key: K) => {
    let text = known.get(key);
    if (text === undefined) known.set(key, (text = translate(key)));
    return text;
  };
}

/** The cell texts every row shares, for one `t` (one language). */
function cellLabels(t: TFunction<['items', 'common']>) {
  return {
    health: once((key: HealthKey) => t(`common:health.${key}`)),
    status: once((key: ItemStatusKey) => t(`common:status.${key}`)),
    location: once((key: ArmItem['properties']['activeLocation']) => t(`common:location.${key}`)),
    notAvailable: t('common:notAvailable'),
  };
}

interface Props {
  vault: string;
  /** The rows loaded so far (the API's pages, in order). */
  rows: ArmItem[];
  /** Every row matching the filter, loaded or not (aria-rowcount). */
  rowCount: number;
  /** The view nears the last loaded row: load the next page. */
  onNearEnd: () => void;
  sort: SortState;
  onSort: (column: ColumnKey) => void;
}

/**
 * The replicated items grid (docs/ui-names.md §3). Rows are virtualized and loaded page by page from
 * the API, so 50,000 items stay fast, while the ARIA grid keeps its full size (aria-rowcount, from
 * the API's count) and each row its position (aria-rowindex).
 */
export function ItemsGrid({ vault, rows, rowCount, onNearEnd, sort, onSort }: Props) {
  const { t } = useTranslation(['items', 'common']);
  const styles = useStyles();
  const viewport = useRef<HTMLDivElement>(null);
  // The row whose actions menu is mounted (the last one opened) and whether it is open.
  const [menu, setMenu] = useState<{ id: string; open: boolean } | null>(null);
  const onMenu = useCallback(
    (id: string, open: boolean) =>
      // A click on another row's button closes this menu, then opens that one: a late close of a
      // menu that is no longer the current one changes nothing.
      setMenu((current) => (open ? { id, open } : current?.id === id ? { id, open } : current)),
    [],
  );
  const arrowNavigation = useArrowNavigationGroup({ axis: 'grid' });
  // A filter keystroke mounts a screenful of rows: they share the few health, status and location
  // texts instead of each translating its own.
  const labels = useMemo(() => cellLabels(t), [t]);
  // The virtualizer's functions are not memoizable: this component is left to the compiler's skip.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => viewport.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 3,
    observeElementRect: (instance, callback) =>
      observeElementRect(instance, (rect) =>
        callback(rect.height ? rect : { ...rect, height: FALLBACK_HEIGHT }),
      ),
  });
  const virtualRows = virtualizer.getVirtualItems();
  const last = virtualRows.at(-1)?.index ?? -1;
  useEffect(() => {
    if (rows.length > 0 && last >= rows.length - PREFETCH_ROWS) onNearEnd();
  }, [last, rows.length, onNearEnd]);

  return (
    <div
      role="grid"
      aria-label={t('gridLabel')}
      aria-rowcount={Math.max(rowCount, rows.length) + 1}
      aria-colcount={columns.length}
      className={styles.grid}
      {...arrowNavigation}
    >
      <div role="rowgroup">
        <div role="row" aria-rowindex={1} className={mergeClasses(styles.row, styles.header)}>
          {columns.map((column) => {
            const active = sort.column === column;
            return (
              <div
                key={column}
                role="columnheader"
                aria-sort={active ? sort.direction : 'none'}
                className={styles.cell}
              >
                <button type="button" className={styles.sortButton} onClick={() => onSort(column)}>
                  {t(`columns.${column}`)}
                  {active &&
                    (sort.direction === 'ascending' ? <ArrowSortUpRegular /> : <ArrowSortDownRegular />)}
                </button>
              </div>
            );
          })}
        </div>
      </div>
      <div ref={viewport} className={styles.viewport}>
        <div role="rowgroup" className={styles.body} style={{ height: virtualizer.getTotalSize() }}>
          {virtualRows.map((virtualRow) => {
            const item = rows[virtualRow.index];
            return (
              <ItemRow
                key={item.id}
                vault={vault}
                item={item}
                index={virtualRow.index}
                start={virtualRow.start}
                menu={menu?.id === item.id ? (menu.open ? 'open' : 'closed') : 'none'}
                onMenu={onMenu}
                t={t}
                labels={labels}
              />
            );
          })}
        </div>
      </div>
    </div>
  );
}

interface RowProps {
  vault: string;
  item: ArmItem;
  /** The row's place among every matching row (0-based). */
  index: number;
  /** Its offset in the virtualized body (px). */
  start: number;
  menu: RowMenuState;
  onMenu: (id: string, open: boolean) => void;
  /** The grid's `t` (a new one when the language changes): rows do not subscribe one by one. */
  t: TFunction<['items', 'common']>;
  /** The grid's shared cell texts (new with `t`). */
  labels: ReturnType<typeof cellLabels>;
}

/**
 * One row. Memoized: a keystroke, a count or a poll re-renders the grid, and a row re-renders only
 * when its item (kept identical by the query's structural sharing), place or menu changes.
 */
const ItemRow = memo(function ItemRow({ vault, item, index, start, menu, onMenu, t, labels }: RowProps) {
  const styles = useStyles();
  const name = item.properties.friendlyName;
  const rpo = rpoParts(item);
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      className={mergeClasses(styles.row, styles.virtualRow, styles.rowHover)}
      style={{ transform: `translateY(${start}px)` }}
      onContextMenu={(event) => {
        // docs/ui-names.md §3: right-click opens the same menu as the row's button.
        event.preventDefault();
        onMenu(item.id, true);
      }}
    >
      <div role="gridcell" className={mergeClasses(styles.cell, styles.nameCell)}>
        <RouterLink to={`/vaults/${encodeURIComponent(vault)}/replicated-items/${encodeURIComponent(name)}`}>
          {name}
        </RouterLink>
        <ItemActionsMenu
          vault={vault}
          item={item}
          label={t('moreActions', { name })}
          menu={menu}
          onOpenChange={onMenu}
        />
      </div>
      <div role="gridcell" className={styles.cell}>
        {labels.health(item.properties.replicationHealth)}
      </div>
      <div role="gridcell" className={styles.cell}>
        {labels.status(itemStatus(item))}
      </div>
      <div role="gridcell" className={styles.cell}>
        {labels.location(item.properties.activeLocation)}
      </div>
      <div role="gridcell" className={styles.cell}>
        {rpo ? t(`common:rpo.${rpo.unit}`, { count: rpo.count }) : labels.notAvailable}
      </div>
    </div>
  );
});

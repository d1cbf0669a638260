import {
  DataGrid,
  DataGridBody,
  DataGridCell,
  DataGridHeader,
  DataGridHeaderCell,
  DataGridRow,
  type TableColumnDefinition,
  type TableColumnId,
} from '@fluentui/react-components';

/**
 * A labelled Fluent data grid: a header row, then a row per item with a cell per column
 * (arrow keys move between cells).
 */
export function ColumnGrid<T>({
  items,
  columns,
  getRowId,
  label,
  focusMode = () => 'cell',
}: {
  items: T[];
  columns: TableColumnDefinition<T>[];
  getRowId: (item: T) => string;
  label: string;
  /** 'group' for a cell holding a link: Enter moves into the cell, Enter again follows it (docs/ui-names.md §10). */
  focusMode?: (columnId: TableColumnId) => 'cell' | 'group';
}) {
  return (
    <DataGrid items={items} columns={columns} getRowId={getRowId} aria-label={label}>
      <DataGridHeader>
        <DataGridRow>
          {({ renderHeaderCell }) => <DataGridHeaderCell>{renderHeaderCell()}</DataGridHeaderCell>}
        </DataGridRow>
      </DataGridHeader>
      <DataGridBody<T>>
        {({ item, rowId }) => (
          <DataGridRow<T> key={rowId}>
            {({ renderCell, columnId }) => (
              <DataGridCell focusMode={focusMode(columnId)}>{renderCell(item)}</DataGridCell>
            )}
          </DataGridRow>
        )}
      </DataGridBody>
    </DataGrid>
  );
}

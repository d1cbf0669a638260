import type { ReactNode } from 'react';
import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  type TableProps,
} from '@fluentui/react-components';

/**
 * A table's column headers when, as in every blade's catalog, they are keys under one prefix:
 * `columnHeaders(t, 'plan', ['machine', 'machineStatus'])` is `[t('plan.machine'), t('plan.machineStatus')]`.
 */
export function columnHeaders(t: (key: string) => string, prefix: string, keys: string[]): string[] {
  return keys.map((key) => t(`${prefix}.${key}`));
}

export interface SimpleTableProps<T> {
  /** The table's accessible name: tests and screen readers find the table by it. */
  label: string;
  /** One header cell each, in column order. */
  headers: ReactNode[];
  rows: T[];
  /** React's key for a row; the index is there for rows with no identity of their own. */
  rowKey: (row: T, index: number) => string;
  /** A row's cells, one per header, in the same order. */
  cells: (row: T, index: number) => ReactNode[];
  size?: TableProps['size'];
}

/**
 * A read-only list table: a header row and one row per item, nothing else (no sorting, selection
 * or virtualization — the items grid does those). It renders the same Fluent markup the blades
 * and tabs wrote out by hand, so each of them says only what its columns are and what a row shows.
 */
export function SimpleTable<T>({ label, headers, rows, rowKey, cells, size = 'small' }: SimpleTableProps<T>) {
  return (
    <Table size={size} aria-label={label}>
      <TableHeader>
        <TableRow>
          {headers.map((header, column) => (
            <TableHeaderCell key={column}>{header}</TableHeaderCell>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row, index) => (
          <TableRow key={rowKey(row, index)}>
            {cells(row, index).map((cell, column) => (
              <TableCell key={column}>{cell}</TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

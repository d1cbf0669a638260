/**
 * OData `$filter` as ARM lists accept it here (docs/api.md §2.1): `Field eq 'value'` clauses joined by
 * ` and `, names and values case-insensitive; any other field or operator → 400 InvalidParameter.
 */
import { armError } from './arm-error';

export interface Clause {
  /** Canonical field name, as given in `fields`. */
  field: string;
  value: string;
}

export type FilterResult = { ok: true; clauses: Clause[] } | { ok: false; response: Response };

const CLAUSE = /^\s*([A-Za-z]+)\s+eq\s+'((?:[^']|'')*)'\s*$/i;

export function parseFilter(text: string | undefined, fields: readonly string[]): FilterResult {
  if (text === undefined || text.trim() === '') return { ok: true, clauses: [] };
  const clauses: Clause[] = [];
  for (const part of text.split(/\s+and\s+/i)) {
    const match = CLAUSE.exec(part);
    const field = match ? fields.find((f) => f.toLowerCase() === match[1].toLowerCase()) : undefined;
    if (!match || !field)
      return {
        ok: false,
        response: armError(
          400,
          'InvalidParameter',
          `The $filter clause '${part.trim()}' is not supported. Supported: ${fields.map((f) => `${f} eq '<value>'`).join(', ')}.`,
          { target: '$filter' },
        ),
      };
    clauses.push({ field, value: match[2].replace(/''/g, "'") });
  }
  return { ok: true, clauses };
}

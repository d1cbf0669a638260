/** Lab field kinds (docs/api.md §2.2 `{S}/lab`): how each key of the Lab document is typed and set. */
import type { SimError, World } from './types';

export type Kind =
  | { type: 'boolean' }
  | { type: 'int'; min: number; max: number }
  | { type: 'enum'; values: readonly string[] }
  | { type: 'names' }
  | { type: 'readOnly' };
export interface Field<E> {
  kind: Kind;
  get: (e: E) => unknown;
  set?: (e: E, value: never, draft: World) => SimError | void;
}
export type Fields<E> = Record<string, Field<E>>;

export const bool = <E>(
  get: (e: E) => boolean,
  set: (e: E, v: boolean, w: World) => SimError | void,
): Field<E> => ({
  kind: { type: 'boolean' },
  get,
  set: set as Field<E>['set'],
});
export const ro = <E>(get: (e: E) => unknown): Field<E> => ({ kind: { type: 'readOnly' }, get });

export function typeError(kind: Kind, value: unknown): string | null {
  if (kind.type === 'readOnly') return 'is read-only';
  if (kind.type === 'boolean') return typeof value === 'boolean' ? null : 'must be true or false';
  if (kind.type === 'names') {
    return Array.isArray(value) && value.every((v) => typeof v === 'string' && v.length > 0 && v.length <= 80)
      ? null
      : 'must be a list of names';
  }
  if (kind.type === 'int') {
    return Number.isInteger(value) && (value as number) >= kind.min && (value as number) <= kind.max
      ? null
      : `must be an integer from ${kind.min} to ${kind.max}`;
  }
  return typeof value === 'string' && kind.values.includes(value)
    ? null
    : `must be one of ${kind.values.join(', ')}`;
}

/** Values computed once and shared by every caller: frozen, so that no caller can change another's. */

export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** `make()` on the first call, deep-frozen; the same value on every later call. */
export function frozenOnce<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: deepFreeze(make()) }).value;
}

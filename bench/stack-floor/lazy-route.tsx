// A lazy route of the stack floor (bench/stack-floor/main.tsx): its own chunk, as every blade is.
export function LazyRoute() {
  return null;
}

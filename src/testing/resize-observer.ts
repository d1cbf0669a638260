import { vi } from 'vitest';

/**
 * jsdom has no ResizeObserver; Fluent's MessageBar observes its own width. The stub is installed
 * for every test (src/testing/setup.ts) rather than by the files that need it: test files share
 * globals (isolate: false), and Fluent behaves differently with and without one, so a per-file stub
 * made other files' results depend on the order the files ran in.
 */
export function stubResizeObserver() {
  if ('ResizeObserver' in globalThis) return;
  vi.stubGlobal(
    'ResizeObserver',
    class {
      observe() {}
      unobserve() {}
      disconnect() {}
    },
  );
}

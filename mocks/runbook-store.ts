/**
 * Imported runbooks live apart from the world, so starting another runbook (a new world) keeps
 * them. They are a few KB: localStorage (else memory) holds them, read synchronously by the
 * runbook routes.
 */
export const RUNBOOKS_STORAGE_KEY = 'site-recovery-simulator.runbooks';

const runbookStore = (() => {
  const storage = (globalThis as { localStorage?: Storage }).localStorage;
  let memory: string | null = null;
  return {
    get(): string | null {
      try {
        return storage ? storage.getItem(RUNBOOKS_STORAGE_KEY) : memory;
      } catch {
        return null;
      }
    },
    set(text: string): void {
      try {
        if (storage) storage.setItem(RUNBOOKS_STORAGE_KEY, text);
        else memory = text;
      } catch {
        // Quota or privacy mode: the import is refused by the caller's next read.
      }
    },
    clear(): void {
      try {
        if (storage) storage.removeItem(RUNBOOKS_STORAGE_KEY);
      } catch {
        // nothing stored
      }
      memory = null;
    },
  };
})();

/** Imported runbook documents (JSON array text), kept across worlds; unreadable text = none. */
export const importedRunbookStore = {
  get(): unknown[] {
    const text = runbookStore.get();
    if (text === null) return [];
    try {
      const list: unknown = JSON.parse(text);
      return Array.isArray(list) ? list : [];
    } catch {
      return [];
    }
  },
  set(list: unknown[]): void {
    runbookStore.set(JSON.stringify(list));
  },
  /** Tests: forget every imported runbook. */
  clear(): void {
    runbookStore.clear();
  },
};

/**
 * The stateful holder around the pure simulation: one current world, caught up with real time on
 * every read and persisted on every commit. No timers: simulated time is derived from `Date.now()`
 * (which Playwright's clock controls in e2e), so the clock keeps running across reloads only while
 * the page is open.
 *
 * Two tabs share one stored world. The stored document carries its revision record (a counter,
 * the tab that wrote it, the real time it was caught up to), written in one piece with the world.
 * Every read compares the stored revision with the one this runtime last read or wrote and
 * re-reads the world when another tab wrote it; a commit never writes over a revision it has not
 * read (`WorldConflictError`). When another tab commits a change (not a mere catch-up with real
 * time), the runtime dispatches `WORLD_CHANGED_EVENT` on `window` so the portal refetches.
 */
import { advanceClock, evaluateRunbook, loadScenario, parseWorld, serializeWorld } from './simulation/api';
import type { World } from './simulation/api';

export const STORAGE_KEY = 'site-recovery-simulator.world';
/** Imported runbooks live apart from the world, so starting another runbook (a new world) keeps them. */
export const RUNBOOKS_STORAGE_KEY = 'site-recovery-simulator.runbooks';
/**
 * Dispatched on `window` when another tab committed a change to the world. The portal listens for
 * it under the same name in src/api/world-sync.ts (the app never imports mocks; keep both equal).
 */
export const WORLD_CHANGED_EVENT = 'site-recovery-simulator:world-changed';

/** Stored as the first member of the world document (the world's schema ignores it when read). */
export interface StoredRevision {
  /** Bumped by every write. */
  revision: number;
  /** The runtime (tab) that wrote it. */
  writer: string;
  /** Real time (ms) up to which the stored world was caught up with the clock. */
  syncedAt: number;
  /** True when the write only caught the world up with real time (no one changed it). */
  byClock: boolean;
}

const REVISION_MEMBER = 'storedRevision';

/** The world document with its revision record as first member: one write, never torn. */
function withRevision(worldText: string, revision: StoredRevision): string {
  return `{"${REVISION_MEMBER}":${JSON.stringify(revision)},${worldText.slice(1)}`;
}

/** Reads the revision record from the start of a stored document, without parsing the world. */
export function peekRevision(text: string | null): StoredRevision | null {
  if (text === null) return null;
  const match = /^\{"storedRevision":(\{[^{}]*\})/.exec(text.slice(0, 400));
  if (!match) return null;
  try {
    const value = JSON.parse(match[1]) as Partial<StoredRevision>;
    if (typeof value.revision !== 'number' || typeof value.syncedAt !== 'number') return null;
    return {
      revision: value.revision,
      writer: String(value.writer ?? ''),
      syncedAt: value.syncedAt,
      byClock: value.byClock === true,
    };
  } catch {
    return null;
  }
}

/**
 * Where the world is kept: one document holding the world and its revision record. localStorage
 * today; the runtime needs only these calls, so another backend (IndexedDB) can take its place.
 */
export interface WorldStore {
  /** The stored document (world and revision record), or null. */
  readText(): string | null;
  /** Stores the world and its revision record in one write; false when it could not be stored. */
  write(worldText: string, revision: StoredRevision): boolean;
  /** Tests: put raw text in place of the document. */
  writeText(text: string): void;
  clear(): void;
  /** Calls `listener` when another tab wrote the store (once the new document is readable). */
  subscribe(listener: (revision: StoredRevision | null) => void): void;
}

export class WorldConflictError extends Error {
  constructor() {
    super('The simulated world was changed in another tab; the change was not saved. Retry it.');
    this.name = 'WorldConflictError';
  }
}

/** Stores in memory (plain Node, unit tests); the stores one `memoryStores` creates share a document. */
export function memoryStores(): { create(): WorldStore } {
  let text: string | null = null;
  const listeners = new Set<{ store: WorldStore; listener: (r: StoredRevision | null) => void }>();
  const notify = (writer: WorldStore) => {
    for (const entry of listeners) if (entry.store !== writer) entry.listener(peekRevision(text));
  };
  return {
    create() {
      const store: WorldStore = {
        readText: () => text,
        write: (worldText, revision) => {
          text = withRevision(worldText, revision);
          notify(store);
          return true;
        },
        writeText: (value) => {
          text = value;
        },
        clear: () => {
          text = null;
          notify(store);
        },
        subscribe: (listener) => {
          listeners.add({ store, listener });
        },
      };
      return store;
    },
  };
}

/** localStorage (browser, jsdom). Another tab's writes arrive as `storage` events. */
export function localStorageStore(storage: Storage): WorldStore {
  return {
    readText: () => {
      try {
        return storage.getItem(STORAGE_KEY);
      } catch {
        return null;
      }
    },
    write: (worldText, revision) => {
      try {
        storage.setItem(STORAGE_KEY, withRevision(worldText, revision));
        return true;
      } catch {
        // Quota or privacy mode: the world still lives in memory for this page.
        return false;
      }
    },
    writeText: (text) => {
      try {
        storage.setItem(STORAGE_KEY, text);
      } catch {
        // nothing stored
      }
    },
    clear: () => {
      try {
        storage.removeItem(STORAGE_KEY);
      } catch {
        // nothing stored to clear
      }
    },
    subscribe: (listener) => {
      if (typeof window === 'undefined' || typeof window.addEventListener !== 'function') return;
      window.addEventListener('storage', (event) => {
        if (event.key === STORAGE_KEY) listener(peekRevision(event.newValue));
        else if (event.key === null) listener(null); // storage cleared
      });
    },
  };
}

function freshWorld(scenarioId: string): World {
  const world = loadScenario(scenarioId) ?? loadScenario('default');
  if (!world) throw new Error(`Scenario '${scenarioId}' could not be loaded.`);
  return world;
}

/** A stored world that cannot be read is replaced by the default one, with a notification (never a crash). */
function withResetNotice(world: World, reason: string): World {
  return {
    ...world,
    notifications: [
      {
        id: `storage-reset-${world.rng}`,
        jobName: '',
        title: `The saved simulation could not be read and was reset to the default scenario (${reason}).`,
        status: 'Failed',
        time: world.now,
        read: false,
      },
      ...world.notifications,
    ],
  };
}

export interface RuntimeOptions {
  store?: WorldStore;
  /** Real time in ms (Date.now by default). */
  now?: () => number;
  /** Another tab committed a change; by default `WORLD_CHANGED_EVENT` is dispatched on window. */
  onChangedElsewhere?: (revision: number | null) => void;
}

export interface Runtime {
  /** The current world, advanced by the real time elapsed × speed since the last read. */
  world(): World;
  /** Store a world produced by the simulation from `world()` (same real-time baseline). */
  commit(world: World): void;
  /** Replace the world entirely (scenario load or import): time restarts from now. */
  replace(world: World): void;
  /** Forget the in-memory world, as a page reload does; the next read comes from the store. */
  forget(): void;
  readonly store: WorldStore;
}

function dispatchWorldChanged(revision: number | null) {
  const target = globalThis as { dispatchEvent?: (event: Event) => boolean };
  if (typeof target.dispatchEvent !== 'function' || typeof CustomEvent !== 'function') return;
  target.dispatchEvent(new CustomEvent(WORLD_CHANGED_EVENT, { detail: { revision } }));
}

function defaultStore(): WorldStore {
  const storage = (globalThis as { localStorage?: Storage }).localStorage;
  return storage ? localStorageStore(storage) : memoryStores().create();
}

function newWriterId(): string {
  const c = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  return c?.randomUUID ? c.randomUUID() : Math.random().toString(36).slice(2);
}

/** How far back another tab's record may say its world was caught up (a bad record is clamped). */
const MAX_WRITER_LAG_MS = 60_000;

const sameRevision = (a: StoredRevision | null, b: StoredRevision | null) =>
  a?.revision === b?.revision && a?.writer === b?.writer;

export function createRuntime(options: RuntimeOptions = {}): Runtime {
  const store = options.store ?? defaultStore();
  const now = options.now ?? (() => Date.now());
  const onChangedElsewhere = options.onChangedElsewhere ?? dispatchWorldChanged;
  const me = newWriterId();
  /** Runbook progress follows every change of the world (docs/runbooks.md §1); real time is read here, not in the simulation. */
  const settle = (world: World): World => evaluateRunbook(world, now());

  let current: World | null = null;
  /** Real time (ms) up to which the current world has been caught up. */
  let lastSync = 0;
  /** The stored revision the current world was read from or written as (null: nothing stored). */
  let seen: StoredRevision | null = null;

  const storedRevision = () => peekRevision(store.readText());

  function write(world: World, syncedAt: number, byClock: boolean) {
    const revision: StoredRevision = {
      revision: Math.max(seen?.revision ?? 0, storedRevision()?.revision ?? 0) + 1,
      writer: me,
      syncedAt,
      byClock,
    };
    // A world that could not be stored stays in memory for this page until another tab writes.
    if (store.write(serializeWorld(world), revision)) seen = revision;
  }

  function load(firstLoad: boolean): World {
    const text = store.readText();
    const meta = peekRevision(text);
    seen = meta;
    // The page's own first read starts the clock now; a world another tab wrote while open goes on
    // from the real time that tab caught it up to (a writer catches up to its present before it
    // writes, so a sane record is at most moments old: anything older is clamped).
    const t = now();
    lastSync = firstLoad || !meta ? t : Math.max(t - MAX_WRITER_LAG_MS, Math.min(meta.syncedAt, t));
    if (text === null) {
      const world = freshWorld('default');
      write(world, lastSync, false);
      return world;
    }
    let parsed: ReturnType<typeof parseWorld>;
    try {
      parsed = parseWorld(text);
    } catch (error) {
      parsed = { ok: false, path: '$', message: String(error) };
    }
    if (parsed.ok) return parsed.world;
    const world = withResetNotice(freshWorld('default'), `${parsed.path}: ${parsed.message}`);
    write(world, lastSync, false);
    return world;
  }

  /**
   * Storage gives no compare-and-set across tabs: two tabs writing within the same instant both
   * write revision n+1 and the later write wins. When the winner only caught an older world up
   * with real time while this tab's write (a commit) was lost, this tab writes its world again: the
   * catch-up is recomputed from it and nothing anyone did is lost.
   */
  function overwrittenByCatchUp(stored: StoredRevision | null): boolean {
    return (
      current !== null &&
      stored !== null &&
      seen !== null &&
      seen.writer === me &&
      stored.writer !== me &&
      stored.byClock &&
      stored.revision <= seen.revision
    );
  }

  /** The world as stored now: re-read when another tab wrote since this runtime last looked. */
  function ensureLoaded(): World {
    if (current === null) return (current = load(true));
    const stored = storedRevision();
    if (sameRevision(stored, seen)) return current;
    if (overwrittenByCatchUp(stored)) write(current, lastSync, seen!.byClock);
    else current = load(false);
    return current;
  }

  /** Whole simulated seconds elapsed since the last sync; fractions wait for the next read. */
  function catchUp(world: World): World {
    const nowMs = now();
    if (world.speed === 0 || nowMs < lastSync) {
      lastSync = nowMs;
      return world;
    }
    const simulatedSeconds = Math.floor(((nowMs - lastSync) * world.speed) / 1000);
    if (simulatedSeconds < 1) return world;
    lastSync += (simulatedSeconds * 1000) / world.speed;
    return advanceClock(world, simulatedSeconds / 60);
  }

  store.subscribe((meta) => {
    // A newer world is read on the next request; a lost commit is written again at once.
    if (current !== null && overwrittenByCatchUp(meta)) write(current, lastSync, seen!.byClock);
    // A catch-up with real time changes nothing the other tab's user did: its own polling (the
    // clock runs) shows it. Refetching on it would make two running tabs wake each other forever.
    if (meta?.byClock) return;
    onChangedElsewhere(meta?.revision ?? null);
  });

  return {
    store,
    world() {
      const before = ensureLoaded();
      const after = settle(catchUp(before));
      if (after !== before) {
        current = after;
        write(after, lastSync, true);
      }
      return after;
    },
    commit(world) {
      // Handlers read and commit in one synchronous step, so another tab's write cannot land in
      // between; should one ever have (an await between), the newer stored world wins.
      if (!sameRevision(storedRevision(), seen)) {
        current = null;
        throw new WorldConflictError();
      }
      current = settle(world);
      write(current, lastSync, false);
    },
    replace(world) {
      current = settle(world);
      lastSync = now();
      write(current, lastSync, false);
    },
    forget() {
      current = null;
    },
  };
}

/** The page's runtime (the service worker's handlers and the unit tests use this one). */
export const runtime = createRuntime();

/** Imported runbooks live apart from the world (localStorage, else memory), so starting another runbook keeps them. */
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
};

/** Tests: start over from a preset, with storage cleared (imported runbooks too). */
export function resetRuntime(scenarioId = 'default'): World {
  runtime.store.clear();
  runtime.forget();
  runbookStore.clear();
  const world = freshWorld(scenarioId);
  runtime.replace(world);
  return world;
}

/** Tests: forget the in-memory world, as a page reload does; the next read comes from storage. */
export function reloadRuntime(): void {
  runtime.forget();
}

/** Tests: the raw stored text (null when nothing is stored). */
export function storedWorldText(): string | null {
  return runtime.store.readText();
}

/** Tests: put raw text in storage (e.g. a corrupt document) and reload. */
export function writeStoredWorldText(text: string): void {
  runtime.store.writeText(text);
  runtime.forget();
}

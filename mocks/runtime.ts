/**
 * The stateful holder around the pure simulation: one current world, caught up with real time on
 * every read and persisted on every commit. No timers: simulated time is derived from `Date.now()`
 * (which Playwright's clock controls in e2e), so the clock keeps running across reloads only while
 * the page is open.
 *
 * Two tabs share one stored world. The store keeps a revision record beside the world (a counter
 * and the real time the world was caught up to); every read compares the stored revision with the
 * one this runtime last saw and re-reads the world when another tab wrote it, and a commit never
 * writes over a revision it has not read (optimistic concurrency: `WorldConflictError`). When
 * another tab commits a change (not a mere catch-up with real time), the runtime dispatches
 * `WORLD_CHANGED_EVENT` on `window` so the portal refetches.
 */
import { advanceClock, loadScenario, parseWorld, serializeWorld } from './simulation/api';
import type { World } from './simulation/api';

export const STORAGE_KEY = 'site-recovery-simulator.world';
/** The revision record of the stored world (JSON `StoredRevision`), written after the world. */
export const REVISION_KEY = 'site-recovery-simulator.world.revision';
/**
 * Dispatched on `window` when another tab committed a change to the world. The portal listens for
 * it under the same name in src/api/world-sync.ts (the app never imports mocks; keep both equal).
 */
export const WORLD_CHANGED_EVENT = 'site-recovery-simulator:world-changed';

export interface StoredRevision {
  /** Bumped by every write. */
  revision: number;
  /** Real time (ms) up to which the stored world was caught up with the clock. */
  syncedAt: number;
  /** True when the write only caught the world up with real time (no one changed it). */
  byClock: boolean;
}

/**
 * Where the world is kept: the document and its revision record. localStorage today; the
 * runtime needs only these calls, so another backend (IndexedDB) can take its place.
 */
export interface WorldStore {
  readText(): string | null;
  /** Cheap: read on every request. */
  readRevision(): StoredRevision | null;
  /** Writes the world, then its revision record; false when the world could not be stored. */
  write(text: string, revision: StoredRevision): boolean;
  /** Tests: put raw text in place of the world, keeping the revision record. */
  writeText(text: string): void;
  clear(): void;
  /** Calls `listener` when another tab wrote the store (only once the new world is readable). */
  subscribe(listener: (revision: StoredRevision | null) => void): void;
}

export class WorldConflictError extends Error {
  constructor() {
    super('The simulated world was changed in another tab; the change was not saved. Retry it.');
    this.name = 'WorldConflictError';
  }
}

function parseRevision(text: string | null): StoredRevision | null {
  if (text === null) return null;
  try {
    const value = JSON.parse(text) as Partial<StoredRevision>;
    if (typeof value.revision !== 'number' || typeof value.syncedAt !== 'number') return null;
    return { revision: value.revision, syncedAt: value.syncedAt, byClock: value.byClock === true };
  } catch {
    return null;
  }
}

/** A store in memory (plain Node, unit tests); stores made by one `memoryStores` share one world. */
export function memoryStores(): { create(): WorldStore } {
  let text: string | null = null;
  let revision: string | null = null;
  const listeners = new Set<{ store: WorldStore; listener: (r: StoredRevision | null) => void }>();
  const notify = (writer: WorldStore) => {
    for (const entry of listeners) if (entry.store !== writer) entry.listener(parseRevision(revision));
  };
  return {
    create() {
      const store: WorldStore = {
        readText: () => text,
        readRevision: () => parseRevision(revision),
        write: (value, meta) => {
          text = value;
          revision = JSON.stringify(meta);
          notify(store);
          return true;
        },
        writeText: (value) => {
          text = value;
        },
        clear: () => {
          text = null;
          revision = null;
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

/**
 * localStorage (browser, jsdom). Another tab's writes arrive as `storage` events; the revision
 * record is written after the world, so when its event fires the new world is readable here.
 */
export function localStorageStore(storage: Storage): WorldStore {
  const get = (key: string) => {
    try {
      return storage.getItem(key);
    } catch {
      return null;
    }
  };
  return {
    readText: () => get(STORAGE_KEY),
    readRevision: () => parseRevision(get(REVISION_KEY)),
    write: (text, revision) => {
      try {
        storage.setItem(STORAGE_KEY, text);
      } catch {
        // Quota or privacy mode: the world still lives in memory for this page.
        return false;
      }
      try {
        storage.setItem(REVISION_KEY, JSON.stringify(revision));
      } catch {
        // The world is stored; without its record other tabs re-read it on their next reload.
      }
      return true;
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
        storage.removeItem(REVISION_KEY);
      } catch {
        // nothing stored to clear
      }
    },
    subscribe: (listener) => {
      if (typeof window === 'undefined' || typeof window.addEventListener !== 'function') return;
      window.addEventListener('storage', (event) => {
        if (event.key === REVISION_KEY) listener(parseRevision(event.newValue));
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

export function createRuntime(options: RuntimeOptions = {}): Runtime {
  const store = options.store ?? defaultStore();
  const now = options.now ?? (() => Date.now());
  const onChangedElsewhere = options.onChangedElsewhere ?? dispatchWorldChanged;

  let current: World | null = null;
  /** Real time (ms) up to which the current world has been caught up. */
  let lastSync = 0;
  /** The stored revision the current world was read from or written as (null: nothing stored). */
  let seenRevision: number | null = null;

  const storedRevision = () => store.readRevision()?.revision ?? null;

  function write(world: World, syncedAt: number, byClock: boolean) {
    const revision = Math.max(seenRevision ?? 0, storedRevision() ?? 0) + 1;
    // A world that could not be stored stays in memory for this page until another tab writes.
    if (store.write(serializeWorld(world), { revision, syncedAt, byClock })) seenRevision = revision;
  }

  function load(firstLoad: boolean): World {
    const meta = store.readRevision();
    const text = store.readText();
    seenRevision = meta?.revision ?? null;
    // The page's own first read starts the clock now; a world another tab wrote while open goes on
    // from the real time that tab caught it up to.
    const t = now();
    lastSync = firstLoad || !meta ? t : Math.min(meta.syncedAt, t);
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

  /** The world as stored now: re-read when another tab wrote since this runtime last looked. */
  function ensureLoaded(): World {
    if (current === null) current = load(true);
    else if (storedRevision() !== seenRevision) current = load(false);
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
    // A catch-up with real time changes nothing the other tab's user did: its own polling (the
    // clock runs) shows it. Refetching on it would make two running tabs wake each other forever.
    if (meta?.byClock) return;
    onChangedElsewhere(meta?.revision ?? null);
  });

  return {
    store,
    world() {
      const before = ensureLoaded();
      const after = catchUp(before);
      if (after !== before) {
        current = after;
        write(after, lastSync, true);
      }
      return after;
    },
    commit(world) {
      // Handlers read and commit in one synchronous step, so another tab's write cannot land in
      // between; should one ever have (an await between), the newer stored world wins.
      if (storedRevision() !== seenRevision) {
        current = null;
        throw new WorldConflictError();
      }
      current = world;
      write(world, lastSync, false);
    },
    replace(world) {
      current = world;
      lastSync = now();
      write(world, lastSync, false);
    },
    forget() {
      current = null;
    },
  };
}

/** The page's runtime (the service worker's handlers and the unit tests use this one). */
export const runtime = createRuntime();

/** Tests: start over from a preset, with storage cleared. */
export function resetRuntime(scenarioId = 'default'): World {
  runtime.store.clear();
  runtime.forget();
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

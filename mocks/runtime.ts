/**
 * The stateful holder around the pure simulation: one current world, caught up with real time on
 * every read and persisted on every commit. No timers: simulated time is derived from `Date.now()`
 * (which Playwright's clock controls in e2e), so the clock keeps running across reloads only while
 * the page is open.
 */
import { advanceClock, evaluateRunbook, loadScenario, parseWorld, serializeWorld } from './simulation/api';
import type { World } from './simulation/api';

export const STORAGE_KEY = 'site-recovery-simulator.world';
/** Imported runbooks live apart from the world, so starting another runbook (a new world) keeps them. */
export const RUNBOOKS_STORAGE_KEY = 'site-recovery-simulator.runbooks';

interface TextStore {
  get(): string | null;
  set(text: string): void;
  clear(): void;
}

function memoryStore(): TextStore {
  let text: string | null = null;
  return {
    get: () => text,
    set: (value) => {
      text = value;
    },
    clear: () => {
      text = null;
    },
  };
}

/** localStorage in the browser (and jsdom); an in-memory store under plain Node. */
function createStore(key = STORAGE_KEY): TextStore {
  const storage = (globalThis as { localStorage?: Storage }).localStorage;
  if (!storage) return memoryStore();
  return {
    get: () => {
      try {
        return storage.getItem(key);
      } catch {
        return null;
      }
    },
    set: (value) => {
      try {
        storage.setItem(key, value);
      } catch {
        // Quota or privacy mode: the world still lives in memory for this page.
      }
    },
    clear: () => {
      try {
        storage.removeItem(key);
      } catch {
        // nothing stored to clear
      }
    },
  };
}

const store = createStore();
const runbookStore = createStore(RUNBOOKS_STORAGE_KEY);
/** Runbook progress follows every change of the world (runbooks.md §1); real time is read here, not in the simulation. */
const settle = (world: World): World => evaluateRunbook(world, Date.now());
let current: World | null = null;
/** Real time (ms) up to which the current world has been caught up. */
let lastSync = 0;

// Another tab committed a world: read it from storage on the next request instead of overwriting it.
if (typeof window !== 'undefined' && typeof window.addEventListener === 'function')
  window.addEventListener('storage', (event) => {
    if (event.key === STORAGE_KEY || event.key === null) current = null;
  });

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

function loadFromStore(): World {
  const text = store.get();
  if (text === null) return freshWorld('default');
  let parsed: ReturnType<typeof parseWorld>;
  try {
    parsed = parseWorld(text);
  } catch (error) {
    parsed = { ok: false, path: '$', message: String(error) };
  }
  if (parsed.ok) return parsed.world;
  return withResetNotice(freshWorld('default'), `${parsed.path}: ${parsed.message}`);
}

function persist(world: World) {
  store.set(serializeWorld(world));
}

function ensureLoaded(): World {
  if (current === null) {
    current = loadFromStore();
    lastSync = Date.now();
    persist(current);
  }
  return current;
}

/** Whole simulated seconds elapsed since the last sync; fractions wait for the next read. */
function catchUp(world: World): World {
  const nowMs = Date.now();
  if (world.speed === 0 || nowMs < lastSync) {
    lastSync = nowMs;
    return world;
  }
  const simulatedSeconds = Math.floor(((nowMs - lastSync) * world.speed) / 1000);
  if (simulatedSeconds < 1) return world;
  lastSync += (simulatedSeconds * 1000) / world.speed;
  return advanceClock(world, simulatedSeconds / 60);
}

export const runtime = {
  /** The current world, advanced by the real time elapsed × speed since the last read. */
  world(): World {
    const before = ensureLoaded();
    const after = settle(catchUp(before));
    if (after !== before) {
      current = after;
      persist(after);
    }
    return after;
  },
  /** Store a world produced by the simulation from `world()` (same real-time baseline). */
  commit(world: World): void {
    current = settle(world);
    persist(current);
  },
  /** Replace the world entirely (scenario load or import): time restarts from now. */
  replace(world: World): void {
    current = settle(world);
    lastSync = Date.now();
    persist(current);
  },
};

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
  store.clear();
  runbookStore.clear();
  current = null;
  const world = freshWorld(scenarioId);
  runtime.replace(world);
  return world;
}

/** Tests: forget the in-memory world, as a page reload does; the next read comes from storage. */
export function reloadRuntime(): void {
  current = null;
}

/** Tests: the raw stored text (null when nothing is stored). */
export function storedWorldText(): string | null {
  return store.get();
}

/** Tests: put raw text in storage (e.g. a corrupt document) and reload. */
export function writeStoredWorldText(text: string): void {
  store.set(text);
  current = null;
}

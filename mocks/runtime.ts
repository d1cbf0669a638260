/**
 * The stateful holder around the pure simulation: one current world, caught up with real time on
 * every read and stored (mocks/world-store.ts: IndexedDB in the browser) before every answer. No
 * timers: simulated time is derived from `Date.now()` (which Playwright's clock controls in e2e),
 * so the clock keeps running across reloads only while the page is open.
 *
 * Requests run one at a time through `serve`: it first reads what another tab stored since (by
 * the revision record), then runs the handler on the world in memory (the simulation is
 * synchronous), then awaits the write of whatever the handler changed. A change the portal shows
 * has therefore been stored: a reload keeps it.
 *
 * Two tabs share one stored world. A write compares the stored revision with the one this runtime
 * read, in the same transaction: a commit never writes over another tab's change
 * (`WorldConflictError`; it may write over a mere catch-up with real time, which it recomputes), and
 * a catch-up writes nothing when anyone else wrote. When another tab commits a change, the runtime
 * dispatches `WORLD_CHANGED_EVENT` on `window` so the portal refetches.
 */
import {
  WORLD_FORMAT,
  advanceClock,
  evaluateRunbook,
  loadScenario,
  parseOwnWorld,
  parseWorld,
  serializeWorld,
} from './simulation/api';
import type { World } from './simulation/api';
import { importedRunbookStore } from './runbook-store';
import { defaultWorldStore } from './world-store';
import type { StoredRevision, WorldStore } from './world-store';

export { importedRunbookStore, RUNBOOKS_STORAGE_KEY } from './runbook-store';
export { memoryStores, idbWorldStore, LEGACY_STORAGE_KEY } from './world-store';
export type { StoredRevision, WorldStore } from './world-store';

/**
 * Dispatched on `window` when another tab committed a change to the world. The portal listens for
 * it under the same name in src/api/world-sync.ts (the app never imports mocks; keep both equal).
 */
export const WORLD_CHANGED_EVENT = 'site-recovery-simulator:world-changed';

export class WorldConflictError extends Error {
  constructor() {
    super('The simulated world was changed in another tab; the change was not saved. Retry it.');
    this.name = 'WorldConflictError';
  }
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
  /** Runs one request: reads what another tab stored, runs it, stores what it changed; one at a time. */
  serve<T>(run: () => T | Promise<T>): Promise<T>;
  /** The current world, advanced by the real time elapsed × speed since the last read (loaded: inside `serve`). */
  world(): World;
  /** Keep a world produced by the simulation from `world()` (same real-time baseline); stored before the answer. */
  commit(world: World): void;
  /** Replace the world entirely (scenario load or import): time restarts from now. */
  replace(world: World): void;
  /** Reads the stored world when another tab wrote since (or when none is loaded yet; a fresh one is stored). */
  sync(): Promise<void>;
  /** Stores what this runtime changed; throws `WorldConflictError` when another tab's change came first. */
  flush(): Promise<void>;
  /** Forget the in-memory world and its unstored changes, as a page reload does. */
  forget(): void;
  readonly store: WorldStore;
}

function dispatchWorldChanged(revision: number | null) {
  const target = globalThis as { dispatchEvent?: (event: Event) => boolean };
  if (typeof target.dispatchEvent !== 'function' || typeof CustomEvent !== 'function') return;
  target.dispatchEvent(new CustomEvent(WORLD_CHANGED_EVENT, { detail: { revision } }));
}

function newWriterId(): string {
  const c = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  return c?.randomUUID ? c.randomUUID() : Math.random().toString(36).slice(2);
}

/** How far back another tab's record may say its world was caught up (a bad record is clamped). */
const MAX_WRITER_LAG_MS = 60_000;

const sameRevision = (a: StoredRevision | null, b: StoredRevision | null) =>
  a?.revision === b?.revision && a?.writer === b?.writer;

/** What the in-memory world holds that the store does not, weakest first. */
type Change = 'clock' | 'commit' | 'replace';
const STRENGTH: Record<Change, number> = { clock: 0, commit: 1, replace: 2 };

export function createRuntime(options: RuntimeOptions = {}): Runtime {
  const store = options.store ?? defaultWorldStore();
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
  let unstored: Change | null = null;
  /** Store work runs one step at a time, in call order (requests, flushes, reloads). */
  let queue: Promise<unknown> = Promise.resolve();
  const exclusive = <T>(step: () => Promise<T>): Promise<T> => {
    const result = queue.then(step);
    queue = result.catch(() => undefined);
    return result;
  };

  const mark = (change: Change) => {
    if (unstored === null || STRENGTH[change] > STRENGTH[unstored]) unstored = change;
  };

  async function load(firstLoad: boolean): Promise<World> {
    const doc = await store.read();
    const meta = doc?.revision ?? null;
    seen = meta;
    // The page's own first read starts the clock now; a world another tab wrote while open goes on
    // from the real time that tab caught it up to (a writer catches up to its present before it
    // writes, so a sane record is at most moments old: anything older is clamped).
    const t = now();
    lastSync = firstLoad || !meta ? t : Math.max(t - MAX_WRITER_LAG_MS, Math.min(meta.syncedAt, t));
    if (doc === null) {
      mark('replace');
      return freshWorld('default');
    }
    let parsed: ReturnType<typeof parseWorld>;
    try {
      // A world this simulation serialized (its format in the record) is trusted: JSON.parse alone.
      // Anything else (raw text, a localStorage-era world, another schema) is validated in full.
      parsed = meta?.format === WORLD_FORMAT ? parseOwnWorld(doc.text) : parseWorld(doc.text);
    } catch (error) {
      parsed = { ok: false, path: '$', message: String(error) };
    }
    if (parsed.ok) return parsed.world;
    mark('replace');
    return withResetNotice(freshWorld('default'), `${parsed.path}: ${parsed.message}`);
  }

  async function syncNow(): Promise<void> {
    if (current === null) {
      unstored = null;
      current = await load(true);
      return;
    }
    if (unstored !== null) return; // this runtime's own change is stored first (flushNow)
    if (!sameRevision(await store.revision(), seen)) current = await load(false);
  }

  async function flushNow(): Promise<void> {
    if (unstored === null || current === null) return;
    const change = unstored;
    const base = seen;
    const syncedAt = lastSync;
    unstored = null;
    const result = await store.write(serializeWorld(current), (stored) => {
      // A catch-up lands only on the revision it caught up; a commit only when no one changed the
      // world since it read it (another tab's catch-up is recomputed from this world); a replace always.
      if (change === 'clock' && !sameRevision(stored, base)) return null;
      if (change === 'commit' && (stored?.changed ?? 0) !== (base?.changed ?? 0)) return null;
      const revision = Math.max(stored?.revision ?? 0, base?.revision ?? 0) + 1;
      const byClock = change === 'clock';
      return {
        revision,
        writer: me,
        syncedAt,
        byClock,
        changed: byClock ? (stored?.changed ?? 0) : revision,
        format: WORLD_FORMAT, // serialized by the simulation from a valid world: read back unvalidated
      };
    });
    if (result.written) {
      seen = result.revision;
      return;
    }
    // Refused by the store (quota, privacy mode): the world still lives in memory for this page.
    if (result.failed) return;
    // Another tab wrote first: its world is read on the next request.
    current = null;
    if (change !== 'clock') throw new WorldConflictError();
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
    // A newer world is read on the next request. A catch-up with real time changes nothing the
    // other tab's user did: its own polling (the clock runs) shows it. Refetching on it would make
    // two running tabs wake each other forever.
    if (meta?.byClock) return;
    onChangedElsewhere(meta?.revision ?? null);
  });

  return {
    store,
    serve: (run) =>
      exclusive(async () => {
        await flushNow();
        await syncNow();
        const answer = await run();
        await flushNow();
        return answer;
      }),
    world() {
      if (current === null) throw new Error('The world is not loaded yet: read it inside runtime.serve().');
      const before = current;
      const after = settle(catchUp(before));
      if (after !== before) {
        current = after;
        mark('clock');
      }
      return after;
    },
    commit(world) {
      current = settle(world);
      mark('commit');
    },
    replace(world) {
      current = settle(world);
      lastSync = now();
      mark('replace');
    },
    sync: () =>
      exclusive(async () => {
        await syncNow();
        await flushNow(); // a world made on first load (nothing or nothing readable stored)
      }),
    flush: () => exclusive(flushNow),
    forget() {
      current = null;
      unstored = null;
    },
  };
}

/** The page's runtime (the service worker's handlers and the unit tests use this one). */
export const runtime = createRuntime();

/** Tests: start over from a preset (imported runbooks cleared too); stored once the promise settles. */
export function resetRuntime(scenarioId = 'default'): Promise<World> {
  runtime.forget();
  importedRunbookStore.clear();
  const world = freshWorld(scenarioId);
  runtime.replace(world);
  return runtime.flush().then(() => world);
}

/** Tests: forget the in-memory world, as a page reload does, and read it back from the store. */
export function reloadRuntime(): Promise<void> {
  runtime.forget();
  return runtime.sync();
}

/** Tests: the raw stored world text (null when nothing is stored). */
export async function storedWorldText(): Promise<string | null> {
  return (await runtime.store.read())?.text ?? null;
}

/** Tests: put raw text in the store (e.g. a corrupt document) and reload. */
export async function writeStoredWorldText(text: string): Promise<void> {
  await runtime.store.writeText(text);
  runtime.forget();
}

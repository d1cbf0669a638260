/**
 * The world in IndexedDB (fake-indexeddb): stored and read back, moved in from localStorage once,
 * shared by two tabs without either writing over the other's newer change, and large (50,000 items).
 */
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildBenchWorld } from './simulation/bench-world';
import { parseWorld, serializeWorld, setRole, setSpeed } from './simulation/api';
import type { World } from './simulation/api';
import { WorldConflictError, createRuntime } from './runtime';
import type { Runtime } from './runtime';
import { LEGACY_STORAGE_KEY, idbWorldStore } from './world-store';
import type { WorldStore } from './world-store';

const opened: WorldStore[] = [];
afterEach(() => {
  for (const store of opened.splice(0)) store.close();
});

/** One browser profile: its IndexedDB, its localStorage, a channel of its own; `tab()` opens a page. */
function profile(legacy?: Storage) {
  const factory = new IDBFactory();
  const channelName = `world-${Math.random().toString(36).slice(2)}`;
  return {
    tab(onChangedElsewhere: (revision: number | null) => void = () => {}): Runtime {
      const store = idbWorldStore({ factory, legacy, channelName });
      opened.push(store);
      return createRuntime({ store, onChangedElsewhere });
    },
  };
}

function memoryStorage(entries: Record<string, string> = {}): Storage {
  const map = new Map(Object.entries(entries));
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (key) => map.get(key) ?? null,
    key: (i) => [...map.keys()][i] ?? null,
    removeItem: (key) => void map.delete(key),
    setItem: (key, value) => void map.set(key, value),
  };
}

const read = (tab: Runtime) => tab.serve(() => tab.world());
const change = (tab: Runtime, edit: (world: World) => World) =>
  tab.serve(() => tab.commit(edit(tab.world())));

describe('the world in IndexedDB', () => {
  it('a change is stored before its request ends: a new page reads it back', async () => {
    const browser = profile();
    const first = browser.tab();
    expect((await read(first)).role).toBe('Contributor'); // nothing stored: the default world
    await change(first, (w) => setSpeed(setRole(w, 'Reader'), 0));
    const reloaded = browser.tab();
    const world = await read(reloaded);
    expect(world.role).toBe('Reader');
    expect(world.speed).toBe(0);
    expect(await reloaded.store.revision()).toMatchObject({ byClock: false });
  });

  it('moves a world from the old localStorage key on first start, then removes the key', async () => {
    const world = setRole(buildBenchWorld(20), 'Operator');
    const text = serializeWorld(world);
    // The localStorage-era document: its revision record first, then the world.
    const legacyDoc = `{"storedRevision":{"revision":7,"writer":"old","syncedAt":5,"byClock":false},${text.slice(1)}`;
    const legacy = memoryStorage({ [LEGACY_STORAGE_KEY]: legacyDoc, other: 'kept' });
    const browser = profile(legacy);
    const tab = browser.tab();
    const loaded = await read(tab);
    expect(loaded.role).toBe('Operator');
    expect(loaded.items).toHaveLength(20);
    expect(legacy.getItem(LEGACY_STORAGE_KEY)).toBeNull();
    expect(legacy.getItem('other')).toBe('kept');
    expect(parseWorld((await tab.store.read())!.text)).toMatchObject({
      ok: true,
      world: { role: 'Operator' },
    });
    // A later start finds it in IndexedDB (the old key is gone).
    expect((await read(browser.tab())).items).toHaveLength(20);
  });

  it('an old key left beside a world already in IndexedDB never replaces it', async () => {
    const legacy = memoryStorage();
    const browser = profile(legacy);
    await change(browser.tab(), (w) => setRole(w, 'Reader'));
    legacy.setItem(LEGACY_STORAGE_KEY, serializeWorld(setRole(buildBenchWorld(10), 'Operator')));
    expect((await read(browser.tab())).role).toBe('Reader');
    expect(legacy.getItem(LEGACY_STORAGE_KEY)).toBeNull();
  });

  it('two tabs: a commit never writes over a newer revision; the other tab is told and reads it', async () => {
    const browser = profile();
    const told: (number | null)[] = [];
    const a = browser.tab();
    const b = browser.tab((revision) => told.push(revision));
    await read(a);
    await read(b);
    const stale = b.serve(async () => {
      const world = b.world();
      await change(a, (w) => setRole(w, 'Reader')); // A's write lands between B's read and B's write
      b.commit(setRole(world, 'Operator'));
    });
    await expect(stale).rejects.toThrow(WorldConflictError);
    const stored = parseWorld((await a.store.read())!.text);
    expect(stored).toMatchObject({ ok: true, world: { role: 'Reader' } });
    expect((await read(b)).role).toBe('Reader');
    // The BroadcastChannel carries A's commit to B (its portal refetches).
    const revision = (await a.store.revision())!.revision;
    await vi.waitFor(() => expect(told).toContain(revision));
    // B's retry, on the world it now holds, lands.
    await change(b, (w) => setRole(w, 'Operator'));
    expect((await read(a)).role).toBe('Operator');
  });
});

describe('without IndexedDB', () => {
  it('a page whose IndexedDB cannot be opened keeps its world in memory (never a failed request)', async () => {
    const refusing = {
      open: () => {
        throw new DOMException('IndexedDB is off in this window', 'InvalidStateError');
      },
    } as unknown as IDBFactory;
    const store = idbWorldStore({ factory: refusing, channelName: 'world-refusing' });
    opened.push(store);
    const tab = createRuntime({ store, onChangedElsewhere: () => {} });
    await change(tab, (w) => setRole(w, 'Reader'));
    expect((await read(tab)).role).toBe('Reader');
  });
});

describe('large worlds (50,000 items) import, persist and reload', () => {
  it.each([5_000, 50_000])(
    '%i items',
    async (count) => {
      const text = serializeWorld({ ...buildBenchWorld(count), speed: 0 });
      const browser = profile();
      const tab = browser.tab();
      let t = performance.now();
      const parsed = parseWorld(text); // the import's validation (zod, every reference)
      const validate = performance.now() - t;
      expect(parsed.ok).toBe(true);
      if (!parsed.ok) return;
      t = performance.now();
      await tab.serve(() => tab.replace(parsed.world)); // answered once stored
      const persist = performance.now() - t;
      t = performance.now();
      const reloaded = await read(browser.tab());
      const reload = performance.now() - t;
      expect(reloaded.items).toHaveLength(count);
      expect(reloaded.items[count - 1].name).toBe(parsed.world.items[count - 1].name);
      const mb = (text.length / 1e6).toFixed(1);
      console.info(
        `${count} items (${mb} MB): validate ${validate.toFixed(0)} ms, persist ${persist.toFixed(0)} ms, reload ${reload.toFixed(0)} ms (fake-indexeddb)`,
      );
    },
    120_000,
  );
});

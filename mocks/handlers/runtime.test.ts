import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WORLD_CHANGED_EVENT as APP_WORLD_CHANGED_EVENT } from '../../src/api/world-sync';
import { parseWorld, serializeWorld, setRole, setSpeed, startOperation } from '../simulation/api';
import {
  STORAGE_KEY,
  WORLD_CHANGED_EVENT,
  WorldConflictError,
  createRuntime,
  memoryStores,
  peekRevision,
  reloadRuntime,
  resetRuntime,
  runtime,
  storedWorldText,
  writeStoredWorldText,
} from '../runtime';
import { V, get, itemPath, post, put, reprotectToOnPrem, withApi } from './test-helpers';
import { REPROTECT_WEB01_CHOICES } from '../../contract/reprotect-request.cases';

beforeEach(() => {
  resetRuntime();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('runtime persistence', () => {
  it('stores the world under the documented localStorage key', () => {
    expect(localStorage.getItem(STORAGE_KEY)).toBe(storedWorldText());
    expect(JSON.parse(storedWorldText()!).schemaVersion).toBe(1);
  });

  it('a started job and its Location survive a reload', async () => {
    const r = await post(withApi(`${itemPath('web-01')}/reProtect`), reprotectToOnPrem());
    const location = r.headers.get('location')!;
    reloadRuntime();
    const again = await get(location);
    expect(again.status).toBe(202);
    expect((await get(withApi(itemPath('web-01')))).json.properties.protectionState).toBe(
      'ReprotectInProgress',
    );
  });

  it('a corrupt stored world is replaced by the default one with a notification (never a crash)', async () => {
    writeStoredWorldText('{not json');
    const item = await get(withApi(itemPath('web-01')));
    expect(item.status).toBe(200);
    const notes = await get('/simulator/notifications');
    expect(notes.json.value[0].title).toMatch(/could not be read and was reset/);
    expect(notes.json.value[0].read).toBe(false);
  });

  it('a stored world of another schemaVersion is reset too', async () => {
    const doc = JSON.parse(storedWorldText()!);
    writeStoredWorldText(JSON.stringify({ ...doc, schemaVersion: 99 }));
    const notes = await get('/simulator/notifications');
    expect(notes.json.value[0].title).toMatch(/reset/);
  });

  it('first load with nothing stored → default scenario', async () => {
    localStorage.removeItem(STORAGE_KEY);
    reloadRuntime();
    expect(runtime.world().scenario).toBe('default');
    expect(storedWorldText()).not.toBeNull();
  });

  it('real time × speed advances the simulated clock (no timers)', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2030-01-01T00:00:00Z'));
    resetRuntime();
    await put('/simulator/clock', { speed: 60 });
    const before = (await get('/simulator/clock')).json.now;
    vi.setSystemTime(new Date('2030-01-01T00:00:10Z')); // 10 s real × 60 = 10 simulated minutes
    const after = (await get('/simulator/clock')).json.now;
    expect(Date.parse(after) - Date.parse(before)).toBe(10 * 60 * 1000);
  });

  it('paused: real time does not move the clock', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2030-01-01T00:00:00Z'));
    resetRuntime();
    await put('/simulator/clock', { speed: 0 });
    const before = (await get('/simulator/clock')).json.now;
    vi.setSystemTime(new Date('2030-01-01T01:00:00Z'));
    expect((await get('/simulator/clock')).json.now).toBe(before);
  });

  it('the vault survives a reload', async () => {
    reloadRuntime();
    expect((await get(withApi(V))).json.name).toBe('contoso-vault');
  });
});

describe('two tabs on one world (two runtimes over one store)', () => {
  function twoTabs(start = 1_900_000_000_000) {
    const stores = memoryStores();
    let t = start;
    const now = () => t;
    const changed = { a: [] as (number | null)[], b: [] as (number | null)[] };
    const a = createRuntime({ store: stores.create(), now, onChangedElsewhere: (r) => changed.a.push(r) });
    const b = createRuntime({ store: stores.create(), now, onChangedElsewhere: (r) => changed.b.push(r) });
    return { a, b, changed, advance: (ms: number) => (t += ms) };
  }

  it('stores the revision record in the world document, first, in one write', () => {
    const before = peekRevision(localStorage.getItem(STORAGE_KEY))!;
    expect(before).toMatchObject({ revision: expect.any(Number), byClock: false });
    expect(Object.keys(JSON.parse(localStorage.getItem(STORAGE_KEY)!))[0]).toBe('storedRevision');
    runtime.commit(setRole(runtime.world(), 'Reader'));
    const after = peekRevision(localStorage.getItem(STORAGE_KEY))!;
    expect(after.revision).toBe(before.revision + 1);
    // The world's schema ignores the record: the stored document reads as a world.
    expect(parseWorld(localStorage.getItem(STORAGE_KEY)!).ok).toBe(true);
  });

  it("a commit in one tab is read by the other's next request and announced to its portal", () => {
    const { a, b, changed } = twoTabs();
    a.world(); // A opens first: nothing stored, it writes the default world
    expect(b.world().role).toBe('Contributor');
    const before = changed.b.length;
    a.commit(setRole(a.world(), 'Reader'));
    expect(b.world().role).toBe('Reader');
    expect(changed.b).toHaveLength(before + 1);
    expect(changed.a).toEqual([]); // a tab is not told of its own commits
  });

  it('a change made in the other tab after it keeps both (nothing lost, stored world valid)', () => {
    const { a, b } = twoTabs();
    b.world(); // B holds the world in memory before A changes it
    const started = startOperation(a.world(), 'web-01', {
      kind: 'Reprotect',
      direction: 'AzureToOnPremises',
      ...REPROTECT_WEB01_CHOICES,
    });
    if (!started.ok) throw new Error(started.error.message);
    a.commit(started.world);
    b.commit(setRole(b.world(), 'Operator'));
    const stored = parseWorld(a.store.readText()!);
    expect(stored.ok).toBe(true);
    if (!stored.ok) return;
    expect(stored.world.role).toBe('Operator');
    const item = stored.world.items.find((i) => i.name === 'web-01')!;
    expect(item.currentJob).not.toBeNull();
    expect(stored.world.jobs.some((j) => j.name === item.currentJob)).toBe(true);
    expect(a.world()).toEqual(stored.world);
  });

  it('a commit never writes over a world it has not read (optimistic concurrency)', () => {
    const { a, b } = twoTabs();
    const stale = b.world();
    a.commit(setRole(a.world(), 'Reader'));
    expect(() => b.commit(setSpeed(stale, 600))).toThrow(WorldConflictError);
    expect(b.world().role).toBe('Reader');
    expect(b.world().speed).not.toBe(600);
  });

  it('catching up with real time is not announced (two running tabs would wake each other forever)', () => {
    const { a, b, changed, advance } = twoTabs();
    a.commit(setSpeed(a.world(), 60));
    b.world();
    changed.b.length = 0;
    advance(10_000);
    const caughtUp = a.world();
    expect(changed.b).toEqual([]);
    // B goes on from the real time A caught the world up to: both see one clock.
    expect(b.world().now).toBe(caughtUp.now);
    advance(5_000);
    expect(b.world().now).toBe(a.world().now);
  });

  it("a commit overwritten in the same instant by the other tab's catch-up is written again", () => {
    const { a, b } = twoTabs();
    a.commit(setSpeed(a.world(), 60));
    const base = b.world(); // both tabs read revision n
    const n = peekRevision(a.store.readText())!.revision;
    b.commit(setRole(base, 'Operator')); // B writes n+1 …
    // … and A's catch-up of the world at n, written before A saw B's write, lands after it.
    a.store.write(serializeWorld(base), {
      revision: n + 1,
      writer: 'tab-a',
      syncedAt: 1_900_000_000_000,
      byClock: true,
    });
    const stored = parseWorld(a.store.readText()!);
    expect(stored.ok && stored.world.role).toBe('Operator');
    expect(peekRevision(a.store.readText())).toMatchObject({ revision: n + 2, byClock: false });
    expect(a.world().role).toBe('Operator');
  });

  it('two commits in the same instant: the later one wins whole, the stored world stays valid', () => {
    const { a, b } = twoTabs();
    const base = b.world();
    const n = peekRevision(a.store.readText())!.revision;
    b.commit(setRole(base, 'Operator'));
    a.store.write(serializeWorld(setRole(base, 'Reader')), {
      revision: n + 1,
      writer: 'tab-a',
      syncedAt: 1_900_000_000_000,
      byClock: false,
    });
    expect(b.world().role).toBe('Reader');
    expect(parseWorld(b.store.readText()!).ok).toBe(true);
  });

  it('a record that says the world was caught up long ago is clamped: the clock never races through years', () => {
    const { a, b } = twoTabs();
    const base = a.world(); // the default scenario's clock runs
    expect(base.speed).toBeGreaterThan(0);
    b.world();
    a.store.write(serializeWorld(base), { revision: 99, writer: 'tab-a', syncedAt: 0, byClock: false });
    const minutes = (Date.parse(b.world().now) - Date.parse(base.now)) / 60_000;
    expect(minutes).toBeLessThanOrEqual(base.speed); // at most one real minute × speed
  });

  it('the event name the portal listens for is the one the runtime dispatches', () => {
    expect(WORLD_CHANGED_EVENT).toBe(APP_WORLD_CHANGED_EVENT);
  });
});

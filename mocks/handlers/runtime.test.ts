import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WORLD_CHANGED_EVENT as APP_WORLD_CHANGED_EVENT } from '../../src/api/world-sync';
import { WORLD_FORMAT, parseWorld, setRole, setSpeed, startOperation } from '../simulation/api';
import type { World } from '../simulation/api';
import {
  WORLD_CHANGED_EVENT,
  WorldConflictError,
  createRuntime,
  memoryStores,
  reloadRuntime,
  resetRuntime,
  runtime,
  storedWorldText,
  writeStoredWorldText,
} from '../runtime';
import type { Runtime } from '../runtime';
import { V, get, itemPath, put, reprotectWeb01, withApi } from './test-helpers';
import { REPROTECT_WEB01_CHOICES } from '../../contract/reprotect-request.cases';

beforeEach(() => resetRuntime());
afterEach(() => {
  vi.useRealTimers();
});

describe('runtime persistence', () => {
  it('stores the world (docs/scenario-format.md) with its revision record, not in localStorage', async () => {
    expect(JSON.parse((await storedWorldText())!).schemaVersion).toBe(1);
    expect(await runtime.store.revision()).toMatchObject({ revision: expect.any(Number), byClock: false });
    expect(localStorage.getItem('site-recovery-simulator.world')).toBeNull();
  });

  it('a change is stored before its answer: a reload right after it keeps it', async () => {
    expect((await put('/simulator/role', { role: 'Reader' })).status).toBe(200);
    expect(parseWorld((await storedWorldText())!)).toMatchObject({ ok: true, world: { role: 'Reader' } });
    await reloadRuntime();
    expect((await get('/simulator/role')).json.role).toBe('Reader');
  });

  it('a started job and its Location survive a reload', async () => {
    const r = await reprotectWeb01();
    const location = r.headers.get('location')!;
    await reloadRuntime();
    const again = await get(location);
    expect(again.status).toBe(202);
    expect((await get(withApi(itemPath('web-01')))).json.properties.protectionState).toBe(
      'ReprotectInProgress',
    );
  });

  it('a corrupt stored world is replaced by the default one with a notification (never a crash)', async () => {
    await writeStoredWorldText('{not json');
    const item = await get(withApi(itemPath('web-01')));
    expect(item.status).toBe(200);
    const notes = await get('/simulator/notifications');
    expect(notes.json.value[0].title).toMatch(/could not be read and was reset/);
    expect(notes.json.value[0].read).toBe(false);
  });

  it('a stored world of another schemaVersion is reset too', async () => {
    const doc = JSON.parse((await storedWorldText())!);
    await writeStoredWorldText(JSON.stringify({ ...doc, schemaVersion: 99 }));
    const notes = await get('/simulator/notifications');
    expect(notes.json.value[0].title).toMatch(/reset/);
  });

  it('its own writes are read back without validation; raw text is validated (a reload of a big world is JSON.parse)', async () => {
    expect(await runtime.store.revision()).toMatchObject({ format: WORLD_FORMAT });
    // A world that would fail validation (an unknown status), recorded as the runtime's own: trusted.
    const doc = JSON.parse((await storedWorldText())!);
    doc.items[0].status = 'NotAStatus';
    const text = JSON.stringify(doc);
    await runtime.store.write(text, (stored) => ({
      revision: (stored?.revision ?? 0) + 1,
      writer: 'own',
      syncedAt: Date.now(),
      byClock: false,
      changed: (stored?.revision ?? 0) + 1,
      format: WORLD_FORMAT,
    }));
    await reloadRuntime();
    expect(runtime.world().items[0].status).toBe('NotAStatus');
    // The same text as raw text (no format in its record): validated, so reset with a notice.
    await writeStoredWorldText(text);
    expect((await get('/simulator/notifications')).json.value[0].title).toMatch(/could not be read/);
  });

  it('first load with nothing stored → default scenario', async () => {
    await runtime.store.clear();
    await reloadRuntime();
    expect(runtime.world().scenario).toBe('default');
    expect(await storedWorldText()).not.toBeNull();
  });

  /** Real time frozen at 2030-01-01T00:00:00Z, a fresh runtime at `speed`: the simulated time now. */
  async function clockAtSpeed(speed: number): Promise<string> {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2030-01-01T00:00:00Z'));
    await resetRuntime();
    await put('/simulator/clock', { speed });
    return (await get('/simulator/clock')).json.now;
  }

  it('real time × speed advances the simulated clock (no timers)', async () => {
    const before = await clockAtSpeed(60);
    vi.setSystemTime(new Date('2030-01-01T00:00:10Z')); // 10 s real × 60 = 10 simulated minutes
    const after = (await get('/simulator/clock')).json.now;
    expect(Date.parse(after) - Date.parse(before)).toBe(10 * 60 * 1000);
  });

  it('paused: real time does not move the clock', async () => {
    const before = await clockAtSpeed(0);
    vi.setSystemTime(new Date('2030-01-01T01:00:00Z'));
    expect((await get('/simulator/clock')).json.now).toBe(before);
  });

  it('the vault survives a reload', async () => {
    await reloadRuntime();
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
  /** One request that reads the world. */
  const read = (tab: Runtime) => tab.serve(() => tab.world());
  /** One request that changes the world. */
  const change = (tab: Runtime, edit: (world: World) => World) =>
    tab.serve(() => tab.commit(edit(tab.world())));
  const stored = async (tab: Runtime) => parseWorld((await tab.store.read())!.text);
  /** Two tabs on a running clock (speed 60) that B has read; then 10 s of real time pass. */
  async function twoTabsBehindRealTime() {
    const tabs = twoTabs();
    await change(tabs.a, (w) => setSpeed(w, 60));
    await read(tabs.b);
    tabs.advance(10_000);
    return tabs;
  }

  it('stores the revision record with the world, in one write, bumped by every write', async () => {
    const before = (await runtime.store.revision())!;
    await change(runtime, (w) => setRole(w, 'Reader'));
    const after = (await runtime.store.revision())!;
    expect(after).toMatchObject({
      revision: before.revision + 1,
      byClock: false,
      changed: before.revision + 1,
    });
    expect(parseWorld((await storedWorldText())!)).toMatchObject({ ok: true, world: { role: 'Reader' } });
  });

  it("a commit in one tab is read by the other's next request and announced to its portal", async () => {
    const { a, b, changed } = twoTabs();
    await read(a); // A opens first: nothing stored, it writes the default world
    expect((await read(b)).role).toBe('Contributor');
    const before = changed.b.length;
    await change(a, (w) => setRole(w, 'Reader'));
    expect((await read(b)).role).toBe('Reader');
    expect(changed.b).toHaveLength(before + 1);
    expect(changed.a).toEqual([]); // a tab is not told of its own commits
  });

  it('a change made in the other tab after it keeps both (nothing lost, stored world valid)', async () => {
    const { a, b } = twoTabs();
    await read(b); // B holds the world in memory before A changes it
    await change(a, (w) => {
      const started = startOperation(w, 'web-01', {
        kind: 'Reprotect',
        direction: 'AzureToOnPremises',
        ...REPROTECT_WEB01_CHOICES,
      });
      if (!started.ok) throw new Error(started.error.message);
      return started.world;
    });
    await change(b, (w) => setRole(w, 'Operator'));
    const parsed = await stored(a);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.world.role).toBe('Operator');
    const item = parsed.world.items.find((i) => i.name === 'web-01')!;
    expect(item.currentJob).not.toBeNull();
    expect(parsed.world.jobs.some((j) => j.name === item.currentJob)).toBe(true);
    expect(await read(a)).toEqual(parsed.world);
  });

  it('a commit never writes over a change it has not read (compare-and-set in the write)', async () => {
    const { a, b } = twoTabs();
    await read(a);
    const stale = b.serve(async () => {
      const world = b.world();
      await change(a, (w) => setRole(w, 'Reader')); // lands between B's read and B's write
      b.commit(setSpeed(world, 600));
    });
    await expect(stale).rejects.toThrow(WorldConflictError);
    expect((await read(b)).role).toBe('Reader');
    expect((await read(b)).speed).not.toBe(600);
  });

  it("a commit may land on the other tab's mere catch-up with real time: nothing anyone did is lost", async () => {
    const { a, b } = await twoTabsBehindRealTime();
    await b.serve(async () => {
      const world = b.world();
      await read(a); // A catches the world up with real time and writes it (byClock)
      b.commit(setRole(world, 'Operator'));
    });
    expect(await stored(a)).toMatchObject({ ok: true, world: { role: 'Operator', speed: 60 } });
    expect(await a.store.revision()).toMatchObject({ byClock: false, writer: expect.any(String) });
    expect((await read(a)).role).toBe('Operator');
  });

  it('a catch-up writes nothing when another tab wrote since it read (the newer world wins)', async () => {
    const { a, b } = await twoTabsBehindRealTime();
    await a.serve(async () => {
      a.world(); // caught up in memory …
      await change(b, (w) => setRole(w, 'Reader')); // … while B commits
    });
    expect(await stored(a)).toMatchObject({ ok: true, world: { role: 'Reader' } });
    expect((await read(a)).role).toBe('Reader');
  });

  it('catching up with real time is not announced (two running tabs would wake each other forever)', async () => {
    const { a, b, changed, advance } = twoTabs();
    await change(a, (w) => setSpeed(w, 60));
    await read(b);
    changed.b.length = 0;
    advance(10_000);
    const caughtUp = await read(a);
    expect(changed.b).toEqual([]);
    // B goes on from the real time A caught the world up to: both see one clock.
    expect((await read(b)).now).toBe(caughtUp.now);
    advance(5_000);
    expect((await read(b)).now).toBe((await read(a)).now);
  });

  it('a record that says the world was caught up long ago is clamped: the clock never races through years', async () => {
    const { a, b } = twoTabs();
    const base = await read(a); // the default scenario's clock runs
    expect(base.speed).toBeGreaterThan(0);
    await read(b);
    await a.store.write(JSON.stringify(base), () => ({
      revision: 99,
      writer: 'tab-a',
      syncedAt: 0,
      byClock: false,
      changed: 99,
    }));
    const minutes = (Date.parse((await read(b)).now) - Date.parse(base.now)) / 60_000;
    expect(minutes).toBeLessThanOrEqual(base.speed); // at most one real minute × speed
  });

  it('the event name the portal listens for is the one the runtime dispatches', () => {
    expect(WORLD_CHANGED_EVENT).toBe(APP_WORLD_CHANGED_EVENT);
  });
});

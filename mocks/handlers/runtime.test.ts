import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  STORAGE_KEY,
  reloadRuntime,
  resetRuntime,
  runtime,
  storedWorldText,
  writeStoredWorldText,
} from '../runtime';
import { V, get, itemPath, post, put, reprotectToOnPrem, withApi } from './test-helpers';

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

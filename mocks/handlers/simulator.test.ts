import { beforeEach, describe, expect, it } from 'vitest';
import { resetRuntime } from '../runtime';
import { buildBenchWorld } from '../simulation/api';
import { V, call, get, itemPath, post, put, reprotectWeb01, withApi } from './test-helpers';

beforeEach(() => {
  resetRuntime();
});

describe('/simulator routes (docs/api.md §2.2)', () => {
  it('role GET/PUT; an unknown role → 400', async () => {
    expect((await get('/simulator/role')).json.role).toBe('Contributor');
    expect((await put('/simulator/role', { role: 'operator' })).json.role).toBe('Operator');
    expect((await put('/simulator/role', { role: 'Owner' })).status).toBe(400);
  });

  it('clock GET/PUT and advance', async () => {
    const clock = await get('/simulator/clock');
    expect(clock.json).toMatchObject({ runningJobs: 0 });
    expect((await put('/simulator/clock', { speed: 600 })).json.speed).toBe(600);
    expect((await put('/simulator/clock', { speed: 7 })).status).toBe(400);
    const advanced = await post('/simulator/clock/advance', { minutes: 15 });
    expect(Date.parse(advanced.json.now) - Date.parse(clock.json.now)).toBeGreaterThanOrEqual(15 * 60 * 1000);
    expect((await post('/simulator/clock/advance', { minutes: -1 })).status).toBe(400);
    expect((await post('/simulator/clock/advance', 'nope')).json.error.code).toBe('InvalidRequestContent');
  });

  it('a 20,000-item world imports (once refused for its size) and exports whole', async () => {
    const world = buildBenchWorld(20_000);
    expect((await put('/simulator/scenario', world)).status).toBe(200);
    const exported = await get('/simulator/scenario');
    expect(exported.json.items).toHaveLength(20_000);
    expect(exported.json.items[19_999].name).toBe(world.items[19_999].name);
  });

  it('scenarios list and load; unknown → 404', async () => {
    const list = await get('/simulator/scenarios');
    expect(list.json.value[0].id).toBe('default');
    expect((await post('/simulator/scenarios/default/load')).json).toEqual({ loaded: 'default' });
    expect((await post('/simulator/scenarios/nope/load')).status).toBe(404);
  });

  it('scenario export / import round-trip; invalid import → 400 InvalidScenario, world untouched', async () => {
    const exported = await get('/simulator/scenario');
    expect(exported.json.schemaVersion).toBe(1);
    await reprotectWeb01();
    expect((await put('/simulator/scenario', exported.json)).status).toBe(200);
    expect((await get(withApi(itemPath('web-01')))).json.properties.protectionState).toBe(
      'UnplannedFailoverCommitted',
    );
    const bad = await put('/simulator/scenario', { ...exported.json, schemaVersion: 2 });
    expect(bad.status).toBe(400);
    expect(bad.json.error.code).toBe('InvalidScenario');
    expect(bad.json.error.target).toBeTruthy();
    expect((await put('/simulator/scenario', '{oops')).json.error.code).toBe('InvalidScenario');
  });

  it('notifications: an operation raises one; PATCH marks read; DELETE clears', async () => {
    const r = await reprotectWeb01();
    const notes = await get('/simulator/notifications');
    expect(notes.json.value).toHaveLength(1);
    const note = notes.json.value[0];
    expect(note.jobId).toBe(r.headers.get('x-ms-request-id'));
    const patched = await call('PATCH', `/simulator/notifications/${note.id}`, { read: true });
    expect(patched.json.value[0].read).toBe(true);
    expect((await call('PATCH', '/simulator/notifications/nope', { read: true })).status).toBe(404);
    expect((await call('DELETE', '/simulator/notifications')).json.value).toEqual([]);
  });

  it('lab GET / PATCH; an unknown key → 400', async () => {
    const lab = await get('/simulator/lab');
    expect(lab.status).toBe(200);
    expect((await call('PATCH', '/simulator/lab', { nonsense: 1 })).status).toBe(400);
  });

  it('vault eligibility: RP-5 reason for legacy-01', async () => {
    const r = await get(`/simulator${V}/eligibility`);
    const legacy = r.json.value.find((e: { itemId: string }) => e.itemId.endsWith('/legacy-01'));
    expect(legacy.operations.reProtect.allowed).toBe(false);
    expect(legacy.operations.reProtect.reasons[0].ruleId).toBe('RP-5');
  });

  it('item field eligibility: MT-1, DS-1, RV-6 for web-01', async () => {
    const base = `/simulator${itemPath('web-01')}/eligibility?operation=reprotect`;
    const fields = (await get(base)).json;
    expect(fields.masterTarget.options.map((o: { value: string }) => o.value)).toEqual(['cs-01']);
    const withMt = (await get(`${base}&masterTargetId=cs-01`)).json;
    expect(withMt.datastore.excluded.map((o: { value: string }) => o.value)).toContain('datastore-nfs-01');
    expect(withMt.retentionDrive.default).toBe('R:');
    expect((await get(`/simulator${itemPath('web-01')}/eligibility?operation=fly`)).status).toBe(400);
    expect((await get(`/simulator${itemPath('nope')}/eligibility?operation=reProtect`)).status).toBe(404);
  });

  it('PS-3: deployment options; deploying is refused for Operator (403), not modelled for Contributor', async () => {
    const options = await get(`/simulator${V}/replicationFabrics/cs-01/processServerDeploymentOptions`);
    expect(options.json.networks.map((n: { deploymentModel: string }) => n.deploymentModel)).toContain(
      'Classic',
    );
    const deploy = `/simulator${V}/replicationFabrics/cs-01/processServers`;
    await put('/simulator/role', { role: 'Operator' });
    expect((await post(deploy, {})).status).toBe(403);
    await put('/simulator/role', { role: 'Contributor' });
    expect((await post(deploy, {})).status).toBe(400);
  });

  it('unknown simulator path → 404, wrong method → 405, routes are case-insensitive', async () => {
    expect((await get('/simulator/nope')).status).toBe(404);
    expect((await call('DELETE', '/simulator/clock')).status).toBe(405);
    expect((await get('/Simulator/CLOCK/')).status).toBe(200);
  });
});

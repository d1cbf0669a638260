import { beforeEach, describe, expect, it } from 'vitest';
import { resetRuntime } from '../runtime';
import { V, advanceUntilDone, call, get, post, put, withApi } from './test-helpers';
import { processServerBody } from '../../contract/process-server-input.cases';

beforeEach(() => {
  resetRuntime();
});

const F = `/simulator${V}/replicationFabrics/cs-01`;
const body = processServerBody;
const fabricPs = async () =>
  (await get(withApi(`${V}/replicationFabrics/cs-01`))).json.properties.customDetails.processServers.map(
    (p: { friendlyName: string }) => p.friendlyName,
  );

describe('{S}{F} process-server routes (docs/api.md §2.2, PS-3..5)', () => {
  it('PS-3: GET processServerDeploymentOptions lists both network models with ids usable in POST', async () => {
    const r = await get(`${F}/processServerDeploymentOptions`);
    expect(r.status).toBe(200);
    expect(r.json.networks.map((n: { deploymentModel: string }) => n.deploymentModel)).toEqual([
      'ResourceManager',
      'Classic',
    ]);
    const net = r.json.networks[0];
    const ok = await post(
      `${F}/processServers`,
      body({
        networkId: net.id,
        storageAccountId: r.json.storageAccounts[0].id,
        networkInterfaceId: r.json.networkInterfaces[0].id,
        subscriptionId: r.json.subscriptions[0].id,
      }),
    );
    expect(ok.status).toBe(202);
  });

  it('PS-3: POST → 202 LRO on job AddProcessServer; the PS shows in the fabric 12 minutes after the job', async () => {
    const r = await post(`${F}/processServers`, body());
    expect(r.status).toBe(202);
    const location = r.headers.get('Location') ?? '';
    expect(location).toMatch(/replicationJobs\/[^/]+\/operationresults\//);
    expect((await get(location)).status).toBe(202);
    await advanceUntilDone();
    const done = await get(location);
    expect(done.status).toBe(200);
    expect(done.json.properties).toMatchObject({ scenarioName: 'AddProcessServer', state: 'Succeeded' });
    expect(await fabricPs()).not.toContain('ps-azure-02');
    await post('/simulator/clock/advance', { minutes: 12 });
    expect(await fabricPs()).toContain('ps-azure-02');
    const lab = (await get('/simulator/lab')).json;
    expect(lab.processServers['ps-azure-02']).toMatchObject({
      location: 'Azure',
      deploymentModel: 'ResourceManager',
    });
    expect(JSON.stringify((await get('/simulator/scenario')).json)).not.toContain('Failback-2026!');
  });

  it('PS-3: invalid fields → 400 InvalidParameter with target; classic network → 400; world untouched', async () => {
    const bad = await post(`${F}/processServers`, body({ userName: 'admin' }));
    expect(bad.status).toBe(400);
    expect(bad.json.error).toMatchObject({ code: 'InvalidParameter', target: 'properties.userName' });
    const classic = await post(`${F}/processServers`, body({ networkId: 'contoso-classic-net' }));
    expect(classic.status).toBe(400);
    expect(classic.json.error.message).toContain('Marketplace');
    expect((await post(`${F}/processServers`, 'nope')).status).toBe(400);
    expect((await get(withApi(`${V}/replicationJobs`))).json.value).toHaveLength(0);
  });

  it('docs/api.md §5: Operator and Reader → 403 on POST and DELETE; GET options allowed', async () => {
    for (const role of ['Operator', 'Reader']) {
      await put('/simulator/role', { role });
      expect((await post(`${F}/processServers`, body())).status).toBe(403);
      expect((await call('DELETE', `${F}/processServers/ps-azure-01`)).status).toBe(403);
      expect((await get(`${F}/processServerDeploymentOptions`)).status).toBe(200);
    }
  });

  it('PS-5: DELETE an Azure PS → 202, gone after the job; on-premises PS → 400; unknown → 404', async () => {
    expect((await call('DELETE', `${F}/processServers/cs-01`)).status).toBe(400);
    expect((await call('DELETE', `${F}/processServers/nope`)).status).toBe(404);
    const r = await call('DELETE', `${F}/processServers/ps-azure-01`);
    expect(r.status).toBe(202);
    await advanceUntilDone();
    expect(await fabricPs()).not.toContain('ps-azure-01');
    // The job names the process server it removed (the jobs grid's Item column).
    const jobs = (await get(withApi(`${V}/replicationJobs`))).json.value;
    expect(jobs.map((j: { properties: unknown }) => j.properties)).toContainEqual(
      expect.objectContaining({ friendlyName: 'Remove process server', targetObjectName: 'ps-azure-01' }),
    );
  });

  it('GET /simulator/scenario/schema serves the JSON Schema of a scenario file', async () => {
    const r = await get('/simulator/scenario/schema');
    expect(r.status).toBe(200);
    expect(r.json.properties.schemaVersion.const).toBe(1);
  });

  it('scenario import: hostile names are accepted as data; wrong schemaVersion → 400 naming the field', async () => {
    const world = (await get('/simulator/scenario')).json;
    const hostile = '<img src=x onerror=alert(1)>';
    world.items[0].osName = hostile;
    expect((await put('/simulator/scenario', world)).status).toBe(200);
    expect((await get('/simulator/scenario')).json.items[0].osName).toBe(hostile);
    const wrong = await put('/simulator/scenario', { ...world, schemaVersion: 2 });
    expect(wrong.status).toBe(400);
    expect(wrong.json.error).toMatchObject({ code: 'InvalidScenario' });
    expect(wrong.json.error.target).toContain('schemaVersion');
  });
});

/**
 * Four defects the fuzzing of the handlers found (docs/api.md §6): each repro now answers 4xx with a
 * clear message and leaves the world as it was.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { resetRuntime, storedWorldText } from '../runtime';
import {
  V,
  advanceUntilDone,
  call,
  get,
  itemPath,
  post,
  put,
  reprotectToOnPrem,
  reprotectWeb01,
  withApi,
} from './test-helpers';
import { processServerBody } from '../../contract/process-server-input.cases';

beforeEach(async () => {
  await resetRuntime();
  await put('/simulator/clock', { speed: 0 }); // only the calls below change the world
});

const patchLab = (body: unknown) => call('PATCH', '/simulator/lab', body);
const exported = async () => (await get('/simulator/scenario')).json;

async function expectUnchanged(run: () => ReturnType<typeof call>, status = 400) {
  const before = await storedWorldText();
  const r = await run();
  expect(r.status).toBe(status);
  expect(r.json).toMatchObject({ error: { code: expect.any(String), message: expect.any(String) } });
  expect(await storedWorldText()).toBe(before);
  return r;
}

describe('PATCH /simulator/lab: keys inherited from Object.prototype are unknown keys', () => {
  it.each([
    [{ network: { toString: false } }, 'network.toString'],
    [{ masterTargets: { 'cs-01': { constructor: true } } }, 'masterTargets.cs-01.constructor'],
    [{ constructor: {} }, 'constructor'],
    [{ hasOwnProperty: { x: 1 } }, 'hasOwnProperty'],
    [{ virtualMachines: { 'web-01': { valueOf: true } } }, 'virtualMachines.web-01.valueOf'],
  ])('%j → 400 InvalidParameter at %s, world unchanged', async (body, target) => {
    const r = await expectUnchanged(() => patchLab(body));
    expect(r.json.error).toMatchObject({ code: 'InvalidParameter', target });
    expect(r.json.error.message).toMatch(/Unknown/);
  });

  it('a __proto__ key is refused and pollutes nothing', async () => {
    const r = await expectUnchanged(() => patchLab('{"__proto__":{"polluted":true}}'));
    expect(r.json.error.code).toBe('InvalidParameter');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('names outside printable ASCII: LROs answer 202 with percent-encoded ids (docs/api.md §4, §6)', () => {
  it.each([
    ['resourceGroup', 'rg-日本'],
    ['resourceGroup', 'rg\u0001ctl'],
    ['subscriptionId', 'sub-ü\u007f'],
  ])('vault.%s = %j: re-protect → 202, Location round-trips', async (key, value) => {
    const world = await exported();
    world.vault[key] = value;
    expect((await put('/simulator/scenario', world)).status).toBe(200);
    const vault = (await get('/simulator/scenario')).json.vault;
    const encode = encodeURIComponent;
    const base = `/subscriptions/${encode(vault.subscriptionId)}/resourceGroups/${encode(vault.resourceGroup)}/providers/Microsoft.RecoveryServices/vaults/contoso-vault`;
    const path = `${base}${itemPath('web-01').slice(V.length)}`;
    const r = await post(withApi(`${path}/reProtect`), reprotectToOnPrem());
    expect(r.status).toBe(202);
    const location = r.headers.get('location')!;
    expect(location).toMatch(/^[\x20-\x7e]+$/);
    expect(r.headers.get('x-ms-request-id')).toMatch(/^[\x20-\x7e]+$/);
    expect((await get(location)).status).toBe(202);
    await advanceUntilDone();
    expect((await get(location)).status).toBe(200);
  });
});

describe('PS-5: a process server a running job is about to use cannot be deleted', () => {
  const ps = `/simulator${V}/replicationFabrics/cs-01/processServers/ps-azure-01`;

  it('PS-5: reProtect web-01 through ps-azure-01 (202), then DELETE it → 400, nothing changes', async () => {
    expect((await reprotectWeb01()).status).toBe(202);
    const r = await expectUnchanged(() => call('DELETE', ps));
    expect(r.json.error).toMatchObject({ code: 'OperationNotAllowed' });
    expect(r.json.error.message).toMatch(/web-01.*ps-azure-01.*PS-5/);
    await advanceUntilDone();
    const item = await get(withApi(itemPath('web-01')));
    expect(item.json.properties.protectionState).not.toBe('ReprotectInProgress');
  });

  it('PS-5: a process server being deleted is not offered to a re-protect', async () => {
    expect((await call('DELETE', ps)).status).toBe(202);
    const r = await expectUnchanged(() => reprotectWeb01());
    expect(r.json.error).toMatchObject({ code: 'InvalidParameter' });
    expect(r.json.error.message).toMatch(/PS-5/);
  });

  it('the Lab keeps a datastore and a retention drive a running re-protect is about to use', async () => {
    expect((await reprotectWeb01()).status).toBe(202);
    await expectUnchanged(() => patchLab({ datastores: { 'datastore-vmfs-01': null } }));
    await expectUnchanged(() => patchLab({ masterTargets: { 'cs-01': { volumes: { 'R:': null } } } }));
  });
});

describe('scenario import: every reference must resolve (docs/scenario-format.md)', () => {
  type World = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  const job = (w: World, over: Record<string, unknown>) => ({ ...w.jobs[0], ...over });

  async function withJobs(): Promise<World> {
    await reprotectWeb01();
    return exported();
  }

  it.each<[string, (w: World) => void, string]>([
    ['a job on an unknown item', (w) => (w.jobs[0].item = 'ghost-01'), '$.jobs[0].item'],
    ['two InProgress jobs on one item', (w) => w.jobs.push(job(w, { name: 'second-job' })), '$.jobs[1]'],
    [
      'a plan member that is no item',
      (w) => w.recoveryPlans[0].items.push('ghost'),
      '$.recoveryPlans[0].items[2]',
    ],
    ['a recovery point of no item', (w) => (w.recoveryPoints[0].item = 'ghost'), '$.recoveryPoints[0].item'],
    ['a datastore on no ESXi host', (w) => (w.datastores[0].host = 'esxi-99'), '$.datastores[0].host'],
    [
      'a volume of no master target',
      (w) => (w.volumes[0].masterTarget = 'mt-99'),
      '$.volumes[0].masterTarget',
    ],
    [
      'an item through no process server',
      (w) => (w.items[2].processServer = 'ps-99'),
      '$.items[2].processServer',
    ],
    [
      'a process server under no configuration server',
      (w) => (w.processServers[0].configurationServer = 'cs-99'),
      '$.processServers[0].configurationServer',
    ],
    [
      'a notification of no job',
      (w) => (w.notifications[0].jobName = 'ghost-job'),
      '$.notifications[0].jobName',
    ],
    [
      'a running job through no process server',
      (w) => (w.jobs[0].input.processServer = 'ps-99'),
      '$.jobs[0].input.processServer',
    ],
  ])('%s → 400 InvalidScenario at the path, world unchanged', async (_name, mutate, path) => {
    const world = await withJobs();
    mutate(world);
    const r = await expectUnchanged(() => put('/simulator/scenario', world));
    expect(r.json.error).toMatchObject({ code: 'InvalidScenario', target: path });
    expect(r.json.error.details).toEqual(
      expect.arrayContaining([expect.objectContaining({ target: path, message: expect.any(String) })]),
    );
  });

  it('lists each dangling reference with its JSON path', async () => {
    const world = await withJobs();
    world.items[0].masterTarget = 'mt-x';
    world.recoveryPoints[0].item = 'ghost';
    const r = await put('/simulator/scenario', world);
    expect(r.status).toBe(400);
    expect(r.json.error.details.map((d: { target: string }) => d.target)).toEqual([
      '$.items[0].masterTarget',
      '$.recoveryPoints[0].item',
    ]);
    expect(r.json.error.message).toMatch(/Unknown master target 'mt-x' \(and 1 more/);
  });
});

describe('found by the fuzz suite', () => {
  it.each(['subscriptionId', 'networkId', 'storageAccountId', 'networkInterfaceId'])(
    'PS-3: a malformed percent escape in properties.%s → 400 InvalidParameter, world unchanged',
    async (key) => {
      const body = processServerBody({ [key]: '%E0%A4%A' });
      const r = await expectUnchanged(() =>
        post(`/simulator${V}/replicationFabrics/cs-01/processServers`, body),
      );
      expect(r.json.error).toMatchObject({ code: 'InvalidParameter', target: `properties.${key}` });
    },
  );
});

// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { advanceClock, advanceUntilJobsFinish } from './clock';
import { fieldEligibility } from './fields';
import { patchLab } from './lab';
import { refreshConfigurationServer } from './misc';
import { addProcessServer, deploymentOptions, removeProcessServer } from './process-servers';
import { fresh, reprotectBack, run, unwrap } from './test-helpers';
import type { World } from './types';
import { BAD_PROCESS_SERVER_INPUTS, processServerBody } from '../../contract/process-server-input.cases';
import { PROBLEM_MESSAGES } from '../../contract/process-server-input';

const valid = processServerBody;
const psField = (w: World, item = 'web-01') => {
  const fields = unwrap(fieldEligibility(w, item, 'reProtect', {})).value;
  if (!fields.processServer) throw new Error('no processServer field');
  return fields.processServer;
};
const psOptions = (w: World) => psField(w).options.map((o) => o.value);
const error = (r: ReturnType<typeof addProcessServer>) => (r.ok ? null : r.error);

describe('Add process server (PS-3..6)', () => {
  it('PS-3: deployment options come from the world (subscription, networks of both models, RG, storage, NICs)', () => {
    const o = deploymentOptions(fresh());
    expect(o.subscriptions).toEqual([
      { id: '6f1c2a9e-0b6d-4e4c-9a55-3c1d2e7f8a10', name: 'Contoso Production' },
    ]);
    expect(o.networks.map((n) => [n.name, n.deploymentModel, n.subnets])).toEqual([
      ['contoso-vnet', 'ResourceManager', ['default', 'failback']],
      ['contoso-classic-net', 'Classic', ['Subnet-1']],
    ]);
    expect(o.networks[0].id).toMatch(/providers\/Microsoft\.Network\/virtualNetworks\/contoso-vnet$/);
    expect(o.storageAccounts[0].name).toBe('contosodrstorage');
    expect(o.networkInterfaces.map((n) => n.name)).toEqual(['ps-nic-01', 'ps-nic-02']);
  });

  it('PS-3: a classic network is refused (Marketplace instructions only)', () => {
    const e = error(addProcessServer(fresh(), 'cs-01', valid({ networkId: 'contoso-classic-net' })));
    expect(e).toMatchObject({ status: 400, code: 'OperationNotAllowed', target: 'properties.networkId' });
    expect(e?.message).toContain('Marketplace');
  });

  it.each([
    ['serverName', 'ps-azure-01', 'already exists'],
    ['serverName', ' ps-azure-01 ', 'already exists'],
    ['subnetName', 'nope', 'not in network'],
    ['storageAccountId', 'nope', 'Unknown storage account'],
    ['networkInterfaceId', 'nope', 'Unknown network interface'],
    ['resourceGroupName', 'nope', 'Unknown resource group'],
  ])('PS-3: %s %j → 400 InvalidParameter (%s)', (field, value, words) => {
    const e = error(addProcessServer(fresh(), 'cs-01', valid({ [field]: value })));
    expect(e).toMatchObject({ status: 400, code: 'InvalidParameter', target: `properties.${field}` });
    expect(e?.message).toContain(words);
  });

  it.each(BAD_PROCESS_SERVER_INPUTS)(
    'PS-3: %s %j → 400 InvalidParameter, the form\u2019s message for %s (contract/process-server-input.ts)',
    (field, value, problem) => {
      const e = error(addProcessServer(fresh(), 'cs-01', valid({ [field]: value })));
      expect(e).toMatchObject({ status: 400, code: 'InvalidParameter', target: `properties.${field}` });
      expect(e?.message).toBe(PROBLEM_MESSAGES[problem]);
    },
  );

  it('PS-3: the server name loses its surrounding spaces, as in the form', () => {
    const { job } = unwrap(addProcessServer(fresh(), 'cs-01', valid({ serverName: ' ps-azure-02 ' }))).value;
    expect(job.input).toMatchObject({ data: { serverName: 'ps-azure-02' } });
  });

  it('PS-3: a valid deployment runs job AddProcessServer (~5 min), then Process server deployment (3 min); the PS shows 12 minutes after it, then in Re-protect', () => {
    const started = unwrap(addProcessServer(fresh(), 'cs-01', valid())).value.job;
    expect(started).toMatchObject({ scenario: 'AddProcessServer', item: null, state: 'InProgress' });
    expect(JSON.stringify(started.input)).not.toContain('Failback-2026!'); // the password is discarded
    let w = advanceUntilJobsFinish(unwrap(addProcessServer(fresh(), 'cs-01', valid())).world);
    const [job, deployment] = w.jobs.slice(-2);
    expect(job).toMatchObject({ scenario: 'AddProcessServer', state: 'Succeeded' });
    expect((Date.parse(job.endTime ?? '') - Date.parse(job.startTime)) / 60_000).toBe(5);
    // PS-3 (§14): the second job starts when the VM exists and registers the PS with the CS.
    expect(deployment).toMatchObject({ scenario: 'ProcessServerDeployment', state: 'Succeeded' });
    expect(deployment.startTime).toBe(job.endTime);
    expect(deployment.tasks.map((t) => t.name)).toEqual(['InstallProcessServer', 'RegisterProcessServer']);
    expect((Date.parse(deployment.endTime ?? '') - Date.parse(deployment.startTime)) / 60_000).toBe(3);
    const ps = w.processServers.find((p) => p.name === 'ps-azure-02');
    expect(ps).toMatchObject({
      location: 'Azure',
      deploymentModel: 'ResourceManager',
      heartbeat: true,
      network: 'contoso-vnet', // PS-3: stored
    });
    expect(psOptions(w)).not.toContain('ps-azure-02');
    // Refresh server does not speed it up: PS-3's 10–15 minutes are deployment, not discovery.
    w = advanceClock(unwrap(refreshConfigurationServer(w, 'cs-01')).world, 11);
    expect(psOptions(w)).not.toContain('ps-azure-02');
    w = advanceClock(w, 1);
    expect(psOptions(w)).toContain('ps-azure-02');
    const back = run(w, 'web-01', reprotectBack({ processServer: 'ps-azure-02' }));
    expect(back.items.find((i) => i.name === 'web-01')?.processServer).toBe('ps-azure-02');
  });

  it('PS-3: a second deployment with the same name while the first runs is refused', () => {
    const w = unwrap(addProcessServer(fresh(), 'cs-01', valid())).world;
    expect(error(addProcessServer(w, 'cs-01', valid()))).toMatchObject({ target: 'properties.serverName' });
  });

  it('PS-4: a classic PS is excluded for a Resource Manager VM, offered to a classic one (preset process-server-classic)', () => {
    const w = fresh('process-server-classic');
    const excluded = (item: string) => psField(w, item).excluded;
    expect(excluded('web-01')).toContainEqual(
      expect.objectContaining({ value: 'ps-classic-01', ruleId: 'PS-4' }),
    );
    expect(excluded('db-01')).toContainEqual(
      expect.objectContaining({ value: 'ps-azure-01', ruleId: 'PS-4' }),
    );
  });

  it('PS-5: an Azure PS is deleted by job RemoveProcessServer, refused while an item replicates through it', () => {
    const using = run(fresh(), 'web-01', reprotectBack());
    expect(removeProcessServer(using, 'cs-01', 'ps-azure-01')).toMatchObject({
      ok: false,
      error: { status: 400, ruleId: 'PS-5' },
    });
    expect(removeProcessServer(fresh(), 'cs-01', 'cs-01')).toMatchObject({
      ok: false,
      error: { status: 400 },
    });
    expect(removeProcessServer(fresh(), 'cs-01', 'nope')).toMatchObject({
      ok: false,
      error: { status: 404 },
    });
    const r = unwrap(removeProcessServer(fresh(), 'cs-01', 'PS-AZURE-01'));
    expect(r.value.job.scenario).toBe('RemoveProcessServer');
    const done = advanceUntilJobsFinish(r.world);
    expect(done.processServers.map((p) => p.name)).not.toContain('ps-azure-01');
  });

  it('PS-2: the Lab heartbeat switch excludes a PS (preset process-server-no-heartbeat), restoring it offers it', () => {
    const w = fresh('process-server-no-heartbeat');
    expect(psOptions(w)).not.toContain('ps-azure-01');
    expect(
      psOptions(unwrap(patchLab(w, { processServers: { 'ps-azure-01': { heartbeat: true } } })).world),
    ).toContain('ps-azure-01');
  });
});

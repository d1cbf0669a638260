// @vitest-environment node
/**
 * docs/rules.md §14: the facts the first pass under-used, modelled (RP-2, MT-3, PS-3, DS-5, RP-5,
 * LIFE-12) and tested by rule id.
 */
import { describe, expect, it } from 'vitest';
import { advanceUntilJobsFinish } from './clock';
import { operationEligibility } from './eligibility';
import { primaryVcenter } from './failures';
import { fieldEligibility } from './fields';
import { masterTargetDiskTotal } from './job-checks';
import { taskSpecs } from './job-plans';
import { patchLab } from './lab';
import type { PlanOperationInput } from './plan-inputs';
import { planOperationEligibility, startPlanOperation } from './plan-operations';
import { startOperation } from './operations';
import { addProcessServer, azureResources } from './process-servers';
import { worldReferenceProblems } from './references';
import { failover, fresh, itemOf, reprotectBack, run, unwrap } from './test-helpers';
import type { World } from './types';
import { processServerBody } from '../../contract/process-server-input.cases';

const lab = (w: World, patch: unknown) => unwrap(patchLab(w, patch)).world;
const lastJob = (w: World) => w.jobs[w.jobs.length - 1];
const fields = (w: World, item = 'web-01', masterTarget = 'cs-01') =>
  unwrap(fieldEligibility(w, item, 'reProtect', { masterTarget })).value;
const edit = (w: World, f: (draft: World) => void): World => {
  const draft = structuredClone(w);
  f(draft);
  return draft;
};

describe('§14 facts', () => {
  it('RP-2: the 60-disk limit is per MT and cumulative over every VM re-protected to it', () => {
    // file-01 (28 disks) is re-protected to cs-01 (12 disks of its own) first.
    let w = edit(fresh(), (d) => {
      itemOf(d, 'file-01').disks = 28;
      itemOf(d, 'web-01').disks = 21;
    });
    w = run(w, 'file-01', reprotectBack());
    expect(itemOf(w, 'file-01').masterTarget).toBe('cs-01');
    // 12 + 28 + 21 = 61 > 60: web-01's reprotect to the same MT fails (990003) ...
    expect(masterTargetDiskTotal(w, 'cs-01', itemOf(w, 'web-01'))).toBe(61);
    const failed = run(w, 'web-01', reprotectBack());
    expect(lastJob(failed)).toMatchObject({
      state: 'Failed',
      errors: [expect.objectContaining({ code: '990003' })],
    });
    // ... while 20 disks (60 in all) fit.
    const fits = run(
      edit(w, (d) => void (itemOf(d, 'web-01').disks = 20)),
      'web-01',
      reprotectBack(),
    );
    expect(lastJob(fits).state).toBe('Succeeded');
  });

  it('RP-2: another MT has its own count (the remedy is more MTs)', () => {
    const w = edit(fresh(), (d) => void (itemOf(d, 'file-01').masterTarget = 'cs-01'));
    expect(masterTargetDiskTotal(w, 'mt-linux-01', itemOf(w, 'db-01'))).toBe(4 + 1);
  });

  it('RP-2, MT-3: open-vm-tools count as VMware Tools: a Linux MT with them offers its datastores', () => {
    const w = fresh();
    const mt = w.masterTargets.find((m) => m.name === 'mt-linux-01');
    expect(mt).toMatchObject({ os: 'Linux', vmwareTools: true });
    expect(fields(w, 'db-01', 'mt-linux-01').datastore.options.map((o) => o.value)).toContain(
      'datastore-vmfs-02',
    );
  });

  it('MT-3: without VMware Tools no datastore is discovered (excluded with the reason), and nothing can be started', () => {
    const w = lab(fresh(), { masterTargets: { 'cs-01': { vmwareTools: false } } });
    const ds = fields(w).datastore;
    expect(ds.options).toEqual([]);
    expect(ds.excluded.length).toBeGreaterThan(0);
    for (const x of ds.excluded) expect(x.ruleId).toBe('MT-3');
    const refused = startOperation(w, 'web-01', reprotectBack());
    expect(refused).toMatchObject({ ok: false, error: { status: 400, ruleId: 'MT-3' } });
    // Tools back: the datastores are offered again and the job runs.
    const fixed = lab(w, { masterTargets: { 'cs-01': { vmwareTools: true } } });
    expect(lastJob(run(fixed, 'web-01', reprotectBack())).state).toBe('Succeeded');
  });

  it('PS-3: the process server network is stored; only machines on that network may use it', () => {
    const base = edit(fresh(), (d) => {
      d.azure = azureResources(d);
      d.azure.networks.push({
        name: 'contoso-vnet-2',
        resourceGroup: d.vault.resourceGroup,
        deploymentModel: 'ResourceManager',
        subnets: ['default'],
      });
    });
    expect(base.processServers.find((p) => p.name === 'ps-azure-01')?.network).toBe('contoso-vnet');
    const other = edit(base, (d) => void (itemOf(d, 'web-01').azureNetwork = 'contoso-vnet-2'));
    expect(fields(other).processServer.excluded).toContainEqual(
      expect.objectContaining({ value: 'ps-azure-01', ruleId: 'PS-3' }),
    );
    expect(startOperation(other, 'web-01', reprotectBack())).toMatchObject({
      ok: false,
      error: { status: 400, ruleId: 'PS-3' },
    });
    const same = edit(base, (d) => void (itemOf(d, 'web-01').azureNetwork = 'contoso-vnet'));
    expect(fields(same).processServer.options.map((o) => o.value)).toContain('ps-azure-01');
    // References: a network must be an Azure network of the world.
    const dangling = edit(base, (d) => {
      itemOf(d, 'web-01').azureNetwork = 'nowhere-vnet';
      d.processServers[1].network = 'nowhere-vnet';
    });
    expect(worldReferenceProblems(dangling).map((p) => p.path)).toEqual(
      expect.arrayContaining(['$.processServers[1].network', '$.items[0].azureNetwork']),
    );
    expect(worldReferenceProblems(base)).toEqual([]);
  });

  it('PS-3: Add process server runs a second job, Process server deployment, after the VM creation job', () => {
    const body = processServerBody();
    const w = advanceUntilJobsFinish(unwrap(addProcessServer(fresh(), 'cs-01', body)).world);
    expect(w.jobs.map((j) => j.scenario)).toEqual(['AddProcessServer', 'ProcessServerDeployment']);
    expect(w.processServers.find((p) => p.name === 'ps-azure-02')?.network).toBe('contoso-vnet');
  });

  it('DS-5: the primary vCenter is read from the world, not a fixed name', () => {
    const renamed = edit(fresh(), (d) => d.esxiHosts.forEach((h) => (h.vcenter = 'vcenter-lab')));
    expect(primaryVcenter(renamed, 'cs-01')).toBe('vcenter-lab');
    expect(fields(renamed).datastore.excluded.filter((x) => x.ruleId === 'DS-5')).toEqual([]);
    expect(lastJob(run(renamed, 'web-01', reprotectBack())).state).toBe('Succeeded');
    // A host of another vCenter is alternate (DS-5) until discovered.
    const alternate = edit(renamed, (d) => {
      d.esxiHosts[1].vcenter = 'vcenter-02';
    });
    expect(fields(alternate, 'db-01', 'mt-linux-01').datastore.excluded).toContainEqual(
      expect.objectContaining({ value: 'datastore-vmfs-02', ruleId: 'DS-5' }),
    );
  });

  it('RP-5: Windows Server 2008 R2 SP1 is blocked only when protected as a physical server', () => {
    const w = fresh();
    expect(operationEligibility(w, 'legacy-01').reProtect).toMatchObject({
      allowed: false,
      reasons: [expect.objectContaining({ ruleId: 'RP-5' })],
    });
    // The same OS on a VMware VM can fail back, even with a stale blocker stored.
    const vm = edit(w, (d) => {
      itemOf(d, 'web-01').osName = 'Windows Server 2008 R2 SP1';
      itemOf(d, 'web-01').failbackBlocker = 'Windows2008R2Physical';
    });
    expect(operationEligibility(vm, 'web-01').reProtect.allowed).toBe(true);
    expect(lastJob(run(vm, 'web-01', reprotectBack())).state).toBe('Succeeded');
    // A physical server with that OS is blocked even without a stored blocker.
    const physical = edit(w, (d) => void (itemOf(d, 'legacy-01').failbackBlocker = null));
    expect(operationEligibility(physical, 'legacy-01').reProtect.allowed).toBe(false);
  });

  it('LIFE-12: the failback job of a Windows VM enables VMware Tools again; not for Linux or to Azure', () => {
    const w = fresh();
    const names = (item: string, direction: 'AzureToOnPremises' | 'OnPremisesToAzure') =>
      taskSpecs(itemOf(w, item), failover(direction)).map(([name]) => name);
    expect(names('web-01', 'AzureToOnPremises')).toContain('EnableVmwareTools');
    expect(names('db-01', 'AzureToOnPremises')).not.toContain('EnableVmwareTools');
    expect(names('app-01', 'OnPremisesToAzure')).not.toContain('EnableVmwareTools');
  });
});

describe('§14: the recovery plan panes ask the Hyper-V fields (preset hyper-v-plan)', () => {
  const planned = (over: Partial<Extract<PlanOperationInput, { kind: 'PlannedFailover' }>> = {}) =>
    ({
      kind: 'PlannedFailover',
      dataSync: 'ForDownTime',
      createVmIfNotFound: true,
      hostName: 'hv-host-02',
      encryptionKey: 'hv-host-01-encryption-key.pfx',
      ...over,
    }) as PlanOperationInput;

  it('HV-4: the plan planned failover from Azure needs the encryption key of an encrypted machine', () => {
    const w = fresh('hyper-v-plan');
    expect(planOperationEligibility(w, 'plan-hyper-v').plannedFailover?.allowed).toBe(true);
    expect(startPlanOperation(w, 'plan-hyper-v', planned({ encryptionKey: null }))).toMatchObject({
      ok: false,
      error: { ruleId: 'HV-4' },
    });
  });

  it('HV-5: a deleted on-premises VM needs Create VM and a host name; it is created on the alternate host', () => {
    const w = fresh('hyper-v-plan');
    expect(
      startPlanOperation(w, 'plan-hyper-v', planned({ createVmIfNotFound: false, hostName: null })),
    ).toMatchObject({ ok: false, error: { ruleId: 'HV-5' } });
    const done = advanceUntilJobsFinish(unwrap(startPlanOperation(w, 'plan-hyper-v', planned())).world);
    expect(lastJob(done)).toMatchObject({ scenario: 'PlannedFailover', state: 'Succeeded' });
    expect(itemOf(done, 'hv-app-01').onPremisesVm).toMatchObject({ exists: true, host: 'hv-host-02' });
    // hv-web-01's own VM still existed: it stays on its host.
    expect(itemOf(done, 'hv-web-01').onPremisesVm.host).toBe('hv-host-02');
    expect(worldReferenceProblems(done)).toEqual([]);
  });
});

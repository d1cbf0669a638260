// @vitest-environment node
/**
 * ERR catalog (docs/rules.md §10): for every entry, a Lab state or preset that triggers it at the
 * right moment, a fix that clears it, and Restart then completes the operation.
 */
import { describe, expect, it } from 'vitest';
import { advanceClock, advanceUntilJobsFinish } from './clock';
import { catalogCodes, catalogEntry } from './errors';
import { patchLab } from './lab';
import { restartJob } from './jobs';
import { startOperation } from './operations';
import { failover, fresh, itemOf, reprotectBack, run, unwrap } from './test-helpers';
import type { OperationInput, World } from './types';

const lastJob = (w: World) => w.jobs[w.jobs.length - 1];
const lab = (w: World, patch: unknown) => unwrap(patchLab(w, patch)).world;
const restart = (w: World) => advanceUntilJobsFinish(unwrap(restartJob(w, lastJob(w).name)).world);
const covered = new Set<string>();

/** Run `input` on `item` in `broken`: the job fails with `code`; `fix` then Restart succeeds. */
function failThenFix(
  broken: World,
  code: string,
  fix: (w: World) => World,
  item = 'web-01',
  input: OperationInput = reprotectBack(),
): World {
  const failed = run(broken, item, input);
  const job = lastJob(failed);
  expect(job.state).toBe('Failed');
  expect(job.errors[0].code).toBe(code);
  expect(catalogEntry(code)).toBeDefined();
  const done = restart(fix(failed));
  expect(lastJob(done)).toMatchObject({ name: job.name, state: 'Succeeded', errors: [] });
  covered.add(code);
  return done;
}

const protectedBack = () => run(fresh(), 'web-01', reprotectBack());
const hvPlanned: OperationInput = {
  kind: 'Other',
  data: {
    operation: 'plannedFailover',
    failoverDirection: 'RecoveryToPrimary',
    dataSyncOption: 'ForDownTime',
  },
};

describe('ERR catalog: every failure reproducible and fixable', () => {
  it('ERR 95226 (RP-4): triggers on the VPN down (preset network-vpn-down), ExpressRoute fixes it, reprotect completes', () => {
    failThenFix(fresh('network-vpn-down'), '95226', (w) =>
      lab(w, { network: { expressRoutePrivatePeering: true } }),
    );
  });

  it('ERR 95226 (RP-4): triggers on the Scout service stopped, starting it fixes it', () => {
    const broken = lab(fresh(), { virtualMachines: { 'web-01': { azureAgentServiceRunning: false } } });
    failThenFix(broken, '95226', (w) =>
      lab(w, { virtualMachines: { 'web-01': { azureAgentServiceRunning: true } } }),
    );
  });

  it('ERR 78052 (RP-2): triggers on a VM named web-01 on the MT host, removing it clears it, reprotect completes', () => {
    const broken = lab(fresh(), { esxiHosts: { 'esxi-01': { isolatedVms: ['WEB-01'] } } });
    failThenFix(broken, '78052', (w) => lab(w, { esxiHosts: { 'esxi-01': { isolatedVms: [] } } }));
  });

  it('ERR 78093 (RP-2): triggers on the Azure VM stopped; starting it and waiting out LIFE-11 fixes it', () => {
    const broken = lab(fresh(), { virtualMachines: { 'web-01': { azureVmRunning: false } } });
    failThenFix(broken, '78093', (w) =>
      advanceClock(lab(w, { virtualMachines: { 'web-01': { azureVmRunning: true } } }), 15),
    );
  });

  it('ERR 8061 (DS-6): triggers on the chosen datastore not accessible, making it accessible clears it', () => {
    const broken = lab(fresh(), { datastores: { 'datastore-vmfs-01': { accessible: false } } });
    failThenFix(broken, '8061', (w) => lab(w, { datastores: { 'datastore-vmfs-01': { accessible: true } } }));
  });

  it('ERR 8038 (LIFE-4): triggers when the failback starts the VM on a host short of memory; memory fixes it', () => {
    const broken = lab(protectedBack(), { esxiHosts: { 'esxi-01': { enoughMemory: false } } });
    const failed = run(broken, 'web-01', failover('AzureToOnPremises'));
    expect(lastJob(failed).tasks.find((t) => t.state === 'Failed')?.name).toBe('StartVm');
    const done = failThenFix(
      broken,
      '8038',
      (w) => lab(w, { esxiHosts: { 'esxi-01': { enoughMemory: true } } }),
      'web-01',
      failover('AzureToOnPremises'),
    );
    expect(itemOf(done, 'web-01')).toMatchObject({ status: 'FailoverCompleted', activeSite: 'OnPremises' });
  });

  it('ERR 990000 (LIFE-11): triggers on web-01 booted 2 minutes ago (preset agent-not-registered), waiting clears it', () => {
    failThenFix(fresh('agent-not-registered'), '990000', (w) => advanceClock(w, 15));
  });

  it('ERR 990001 (RP-2): triggers on MT snapshots (preset mt-snapshots), deleting them clears it', () => {
    failThenFix(fresh('mt-snapshots'), '990001', (w) =>
      lab(w, { masterTargets: { 'cs-01': { snapshots: false } } }),
    );
  });

  it('ERR 990002 (RP-2): triggers on a disk UUID clash, a fixed MT clears it', () => {
    const broken = lab(fresh(), { masterTargets: { 'cs-01': { diskUuidClash: true } } });
    failThenFix(broken, '990002', (w) => lab(w, { masterTargets: { 'cs-01': { diskUuidClash: false } } }));
  });

  it("ERR 990003 (RP-2): triggers on 61 disks on the MT with the VM's, detaching to 60 in all clears it", () => {
    const broken = lab(fresh(), { masterTargets: { 'cs-01': { attachedDisks: 60 } } });
    failThenFix(broken, '990003', (w) => lab(w, { masterTargets: { 'cs-01': { attachedDisks: 59 } } }));
  });

  it('ERR 990004 (RP-6): triggers on a free ESXi licence (preset licence-free-esxi), a licence clears it', () => {
    failThenFix(fresh('licence-free-esxi'), '990004', (w) =>
      lab(w, { esxiHosts: { 'esxi-01': { licence: 'Licensed' } } }),
    );
  });

  it('ERR 990005 (MT-3): triggers on each MT prerequisite but VMware Tools (they hide datastores instead), fixing it clears it', () => {
    for (const [bad, good] of [
      [{ scsiController: 'Paravirtual' }, { scsiController: 'LSILogic' }],
      [{ diskEnableUuid: false }, { diskEnableUuid: true }],
      [{ storageVMotioned: true }, { storageVMotioned: false }],
    ]) {
      const broken = lab(fresh(), { masterTargets: { 'cs-01': bad } });
      failThenFix(broken, '990005', (w) => lab(w, { masterTargets: { 'cs-01': good } }));
    }
  });

  it('ERR 990006 (MT-4): triggers at disk detach after Storage vMotion post-reprotect, moving back clears it', () => {
    const broken = lab(protectedBack(), { masterTargets: { 'cs-01': { storageVMotioned: true } } });
    failThenFix(
      broken,
      '990006',
      (w) => lab(w, { masterTargets: { 'cs-01': { storageVMotioned: false } } }),
      'web-01',
      failover('AzureToOnPremises'),
    );
  });

  it('ERR 990007 (RP-2): triggers on the CS disconnected, reconnecting clears it', () => {
    const broken = lab(fresh(), { configurationServers: { 'cs-01': { connected: false } } });
    failThenFix(broken, '990007', (w) => lab(w, { configurationServers: { 'cs-01': { connected: true } } }));
  });

  it('ERR 990008 (DS-4): the form lists no datastore (preset), at job time the job fails; Administrator clears it', () => {
    const form = startOperation(fresh('datastore-read-only-vcenter'), 'web-01', reprotectBack());
    expect(form.ok ? null : form.error).toMatchObject({ status: 400, ruleId: 'DS-4' });
    const started = unwrap(startOperation(fresh(), 'web-01', reprotectBack())).world;
    const broken = lab(started, { vcenter: { account: 'ReadOnly' } });
    const failed = advanceUntilJobsFinish(broken);
    expect(lastJob(failed).errors[0].code).toBe('990008');
    const done = restart(lab(failed, { vcenter: { account: 'Administrator' } }));
    expect(lastJob(done).state).toBe('Succeeded');
    covered.add('990008');
  });

  it('ERR 990009 (DS-5): the alternate vCenter undiscovered (preset) refuses its datastores; discovery clears it', () => {
    const input = reprotectBack({ masterTarget: 'mt-alt-01', datastore: 'datastore-vmfs-03' });
    const form = startOperation(fresh('datastore-alternate-vcenter'), 'web-01', input);
    expect(form.ok ? null : form.error).toMatchObject({ status: 400, ruleId: 'DS-5' });
    const discovered = lab(fresh('datastore-alternate-vcenter'), { vcenter: { alternateDiscovered: true } });
    const started = unwrap(startOperation(discovered, 'web-01', input)).world;
    // The discovery is lost before the prerequisites check ends: the job fails with 990009.
    const failed = advanceUntilJobsFinish(lab(started, { vcenter: { alternateDiscovered: false } }));
    expect(lastJob(failed).errors[0].code).toBe('990009');
    // LIFE-10: the on-prem VM's datastore must also be mounted on esxi-03.
    const fixed = lab(failed, {
      vcenter: { alternateDiscovered: true },
      datastores: { 'datastore-vmfs-01': { mountedOnHosts: ['esxi-01', 'esxi-03'] } },
    });
    expect(lastJob(restart(fixed)).state).toBe('Succeeded');
    covered.add('990009');
  });

  it('ERR 990010 (HV-2): the form refuses while disconnected; at job time the job fails; reconnecting clears it', () => {
    const form = startOperation(lab(fresh(), { hyperV: { hostConnected: false } }), 'hv-app-01', hvPlanned);
    expect(form.ok ? null : form.error).toMatchObject({ status: 400, ruleId: 'HV-2' });
    const started = unwrap(startOperation(fresh(), 'hv-app-01', hvPlanned)).world;
    const failed = advanceUntilJobsFinish(lab(started, { hyperV: { hostConnected: false } }));
    expect(lastJob(failed).errors[0].code).toBe('990010');
    const done = restart(lab(failed, { hyperV: { hostConnected: true } }));
    expect(lastJob(done).state).toBe('Succeeded');
    covered.add('990010');
  });

  it('ERR 990011 (RP-2): triggers on the VM missing from the CS database, registering it clears it', () => {
    const broken = lab(fresh(), { virtualMachines: { 'web-01': { inCsDatabase: false } } });
    failThenFix(broken, '990011', (w) => lab(w, { virtualMachines: { 'web-01': { inCsDatabase: true } } }));
  });

  it('ERR 990012 (LIFE-10): triggers on the VM datastore not mounted on the MT host, mounting it clears it', () => {
    const broken = lab(fresh(), { datastores: { 'datastore-vmfs-01': { mountedOnHosts: [] } } });
    failThenFix(broken, '990012', (w) =>
      lab(w, { datastores: { 'datastore-vmfs-01': { mountedOnHosts: ['esxi-01'] } } }),
    );
  });

  it('LIFE-10 / DS-7: deleting the on-prem VM fails back to an alternate location with a full download (longer job)', () => {
    const broken = lab(fresh(), { datastores: { 'datastore-vmfs-01': { mountedOnHosts: [] } } });
    const deleted = lab(broken, { virtualMachines: { 'web-01': { onPremisesVmExists: false } } });
    const delta = lastJob(run(fresh(), 'web-01', reprotectBack()));
    const full = lastJob(run(deleted, 'web-01', reprotectBack()));
    expect(full.state).toBe('Succeeded');
    const minutes = (j: typeof full) => (Date.parse(j.endTime ?? '') - Date.parse(j.startTime)) / 60_000;
    expect(minutes(full)).toBeGreaterThan(minutes(delta));
  });

  it('ERR 990013 (TF-4): a stale test VM fails the next test failover, deleting it in the Lab clears it', () => {
    const stale = fresh('test-failover-stale-vm');
    failThenFix(
      stale,
      '990013',
      (w) => lab(w, { virtualMachines: { 'app-01': { testVmExists: false } } }),
      'app-01',
      {
        kind: 'TestFailover',
        direction: 'OnPremisesToAzure',
        network: 'contoso-test-vnet',
        recoveryPointId: null,
        recoveryPointType: 'Latest',
      },
    );
  });

  it('ERR: every catalog entry is covered by a test above', () => {
    expect(catalogCodes().filter((c) => !covered.has(c))).toEqual([]);
  });
});

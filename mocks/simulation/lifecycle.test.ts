// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { advanceClock } from './clock';
import { patchLab } from './lab';
import { startOperation } from './operations';
import { failover, fresh, itemOf, reprotectBack, run, unwrap } from './test-helpers';
import type { World } from './types';

const lastJob = (w: World) => w.jobs[w.jobs.length - 1];

describe('the failback runbook (LIFE-3 → LIFE-4 → LIFE-5 → LIFE-6 → LIFE-1 → LIFE-2)', () => {
  it('walks web-01 around the full cycle', () => {
    // LIFE-3: Re-protect Azure → on-premises.
    let w = run(fresh(), 'web-01', reprotectBack());
    expect(lastJob(w)).toMatchObject({ state: 'Succeeded', endTime: '2026-11-23T09:12:00.000Z' });
    expect(w.now).toBe('2026-11-23T09:12:00.000Z');
    expect(itemOf(w, 'web-01')).toMatchObject({
      status: 'Protected',
      direction: 'AzureToOnPremises',
      activeSite: 'Azure',
      masterTarget: 'cs-01',
      processServer: 'ps-azure-01',
      datastore: 'datastore-vmfs-01',
      retentionDrive: 'R:',
      currentJob: null,
      onPremisesVm: { poweredOn: false }, // LIFE-8
    });
    expect(w.recoveryPoints.filter((p) => p.item === 'web-01')).toEqual([
      expect.objectContaining({ time: '2026-11-23T09:12:00.000Z', type: 'CrashConsistent' }),
    ]);
    expect(w.notifications.find((n) => n.jobName === lastJob(w).name)?.status).toBe('Succeeded');

    // LIFE-4: failover from Azure.
    w = run(w, 'web-01', failover('AzureToOnPremises'));
    expect(itemOf(w, 'web-01')).toMatchObject({
      status: 'FailoverCompleted',
      activeSite: 'OnPremises',
      azureVm: { exists: true, running: false },
      onPremisesVm: { exists: true, poweredOn: true, bootedAt: w.now },
      lastFailoverTime: w.now,
    });

    // LIFE-5: commit on-premises deletes the Azure VM and the points.
    w = run(w, 'web-01', { kind: 'Commit' });
    expect(itemOf(w, 'web-01')).toMatchObject({
      status: 'FailoverCommitted',
      direction: 'None',
      azureVm: { exists: false },
    });
    expect(w.recoveryPoints.some((p) => p.item === 'web-01')).toBe(false);

    // LIFE-11: an immediate re-protect falls inside the agent's 15-minute window.
    w = run(w, 'web-01', { kind: 'Reprotect', direction: 'OnPremisesToAzure', processServer: 'cs-01' });
    expect(lastJob(w)).toMatchObject({ state: 'Failed', errors: [{ code: '990000' }] });
    expect(itemOf(w, 'web-01')).toMatchObject({ status: 'FailoverCommitted', currentJob: null });

    // LIFE-6: after the window, the same re-protect succeeds.
    w = advanceClock(w, 15);
    w = run(w, 'web-01', { kind: 'Reprotect', direction: 'OnPremisesToAzure', processServer: 'cs-01' });
    expect(itemOf(w, 'web-01')).toMatchObject({
      status: 'Protected',
      direction: 'OnPremisesToAzure',
      activeSite: 'OnPremises',
      processServer: 'cs-01',
    });

    // LIFE-1 then LIFE-2.
    w = run(w, 'web-01', failover('OnPremisesToAzure'));
    expect(itemOf(w, 'web-01')).toMatchObject({
      status: 'FailoverCompleted',
      activeSite: 'Azure',
      azureVm: { exists: true, running: true, bootedAt: w.now },
      onPremisesVm: { poweredOn: false },
    });
    w = run(w, 'web-01', { kind: 'Commit' });
    expect(itemOf(w, 'web-01')).toMatchObject({
      status: 'FailoverCommitted',
      activeSite: 'Azure',
      direction: 'None',
    });
  });

  it('LIFE-9: a physical server fails back as a new VMware VM (LIFE-10: created on the MT\u2019s host)', () => {
    let w = run(fresh(), 'file-01', reprotectBack({ datastore: 'datastore-vsan-01' }));
    expect(itemOf(w, 'file-01').onPremisesVm).toMatchObject({
      exists: true,
      host: 'esxi-01',
      datastore: 'datastore-vsan-01',
      poweredOn: false,
    });
    w = run(w, 'file-01', failover('AzureToOnPremises'));
    expect(itemOf(w, 'file-01').machineType).toBe('VMwareVM');
  });

  it('LIFE-8: the on-prem VM is powered off during the reprotect', () => {
    const w = fresh();
    itemOf(w, 'web-01').onPremisesVm.poweredOn = true;
    const started = unwrap(startOperation(w, 'web-01', reprotectBack())).world;
    expect(itemOf(advanceClock(started, 3), 'web-01')).toMatchObject({
      status: 'Reprotecting',
      onPremisesVm: { poweredOn: false },
    });
  });

  it('LIFE-11: a reprotect right after an Azure reboot fails with "agent not installed"; waiting and restarting succeeds', () => {
    const rebooted = unwrap(
      patchLab(
        unwrap(patchLab(fresh(), { virtualMachines: { 'web-01': { azureVmRunning: false } } })).world,
        { virtualMachines: { 'web-01': { azureVmRunning: true } } },
      ),
    ).world;
    expect(itemOf(rebooted, 'web-01').azureVm.bootedAt).toBe(rebooted.now);
    const w = run(rebooted, 'web-01', reprotectBack());
    expect(lastJob(w).errors[0].code).toBe('990000');
  });
});

describe('job-time failures (checked when PrerequisitesCheck ends)', () => {
  const failWith = (w: World, code: string) => {
    const out = run(w, 'web-01', reprotectBack());
    const job = lastJob(out);
    expect(job.state).toBe('Failed');
    expect(job.endTime).toBe('2026-11-23T09:01:00.000Z');
    expect(job.tasks.map((t) => t.state)).toEqual(['Failed', 'NotStarted', 'NotStarted', 'NotStarted']);
    expect(job.errors).toEqual([{ code, taskId: job.tasks[0].id, time: job.endTime }]);
    expect(itemOf(out, 'web-01')).toMatchObject({ status: 'FailoverCommitted', currentJob: null });
    expect(out.notifications.find((n) => n.jobName === job.name)?.status).toBe('Failed');
  };
  const lab = (patch: unknown) => unwrap(patchLab(fresh(), patch)).world;

  it('RP-4: no VPN and no ExpressRoute → 95226', () => failWith(fresh('vpn-down'), '95226'));
  it('RP-4: the agent service stopped → 95226', () =>
    failWith(lab({ virtualMachines: { 'web-01': { azureAgentServiceRunning: false } } }), '95226'));
  it('RP-4: ExpressRoute private peering is enough without VPN', () => {
    const w = unwrap(patchLab(fresh('vpn-down'), { network: { expressRoutePrivatePeering: true } })).world;
    expect(itemOf(run(w, 'web-01', reprotectBack()), 'web-01').status).toBe('Protected');
  });
  it('78093: the Azure VM is not running', () =>
    failWith(lab({ virtualMachines: { 'web-01': { azureVmRunning: false } } }), '78093'));
  it('RP-2: configuration server disconnected', () =>
    failWith(lab({ configurationServers: { 'cs-01': { connected: false } } }), '990007'));
  it('RP-2: snapshots on the MT', () =>
    failWith(lab({ masterTargets: { 'cs-01': { snapshots: true } } }), '990001'));
  it('RP-2: MT disk UUID conflict', () =>
    failWith(lab({ masterTargets: { 'cs-01': { diskUuidClash: true } } }), '990002'));
  it('RP-2: MT with more than 60 disks', () =>
    failWith(lab({ masterTargets: { 'cs-01': { attachedDisks: 61 } } }), '990003'));
  it('RP-6: free ESXi licence', () =>
    failWith(lab({ esxiHosts: { 'esxi-01': { licence: 'Free6' } } }), '990004'));
  it('MT-3: Paravirtual SCSI controller', () =>
    failWith(lab({ masterTargets: { 'cs-01': { scsiController: 'Paravirtual' } } }), '990005'));
  it('DS-4: read-only vCenter at job time', () => {
    const started = unwrap(startOperation(fresh(), 'web-01', reprotectBack())).world;
    const w = unwrap(patchLab(started, { vcenter: { account: 'ReadOnly' } })).world;
    const out = advanceClock(w, 60);
    expect(lastJob(out).errors[0].code).toBe('990008');
  });

  it('MT-4: Storage vMotion of the MT after reprotect fails the failback at disk detach', () => {
    const protectedBack = run(fresh(), 'web-01', reprotectBack());
    const moved = unwrap(
      patchLab(protectedBack, { masterTargets: { 'cs-01': { storageVMotioned: true } } }),
    ).world;
    const out = run(moved, 'web-01', failover('AzureToOnPremises'));
    expect(lastJob(out)).toMatchObject({ state: 'Failed', errors: [{ code: '990006' }] });
    expect(itemOf(out, 'web-01').status).toBe('Protected');
  });
});

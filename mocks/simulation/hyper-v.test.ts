// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { advanceClock, advanceUntilJobsFinish } from './clock';
import { allowedOperations } from './eligibility';
import { fieldEligibility } from './fields';
import { cancelJob, resumeJob } from './jobs';
import { patchLab } from './lab';
import { parseWorld, serializeWorld } from './persistence';
import { startOperation } from './operations';
import { fresh, itemOf, run, unwrap } from './test-helpers';
import type { OperationInput } from './types';

/** As the HTTP skin passes it (ARM field names in `Other`). */
const planned = (data: Record<string, unknown> = {}): OperationInput => ({
  kind: 'Other',
  data: {
    operation: 'plannedFailover',
    failoverDirection: 'RecoveryToPrimary',
    dataSyncOption: 'ForSynchronization',
    ...data,
  },
});

describe('Hyper-V failback (HV)', () => {
  it('HV-3: synchronize before failover waits for Complete failover, then HV-6 commit pending → commit → reverse replicate', () => {
    let w = unwrap(startOperation(fresh(), 'hv-app-01', planned())).world;
    expect(w.jobs[0]).toMatchObject({ scenario: 'PlannedFailover', state: 'InProgress' });
    w = advanceUntilJobsFinish(w); // stops: the job is Suspended
    const job = w.jobs[0];
    expect(job.state).toBe('Suspended');
    expect(itemOf(w, 'hv-app-01')).toMatchObject({
      status: 'WaitingForCompleteFailover',
      azureVm: { running: true },
    });
    expect(w.notifications[0].status).toBe('WaitingForInput');
    expect(advanceClock(w, 60).jobs[0].state).toBe('Suspended');

    w = advanceUntilJobsFinish(unwrap(resumeJob(w, job.name)).world);
    expect(itemOf(w, 'hv-app-01')).toMatchObject({
      status: 'CommitPending',
      activeSite: 'OnPremises',
      azureVm: { running: false },
      onPremisesVm: { poweredOn: true },
    });
    expect(allowedOperations(w, 'hv-app-01')).toEqual(['Commit', 'DisableProtection']);
    w = run(w, 'hv-app-01', { kind: 'Commit' });
    expect(itemOf(w, 'hv-app-01')).toMatchObject({ status: 'FailoverCommitted', azureVm: { exists: false } });
    expect(allowedOperations(w, 'hv-app-01')).toEqual(['ReverseReplicate', 'DisableProtection']);
    w = run(w, 'hv-app-01', { kind: 'Reprotect', direction: 'OnPremisesToAzure', processServer: '' });
    expect(w.jobs[w.jobs.length - 1].scenario).toBe('ReverseReplicate');
    expect(itemOf(w, 'hv-app-01')).toMatchObject({ status: 'Protected', direction: 'OnPremisesToAzure' });
  });

  it('HV-6: after Reverse replicate the VM has no process server (null, not ""), and the world still imports', () => {
    let w = run(fresh(), 'hv-app-01', planned({ dataSyncOption: 'ForDownTime' }));
    w = run(w, 'hv-app-01', { kind: 'Commit' });
    w = run(w, 'hv-app-01', { kind: 'Reprotect', direction: 'OnPremisesToAzure', processServer: '' });
    expect(itemOf(w, 'hv-app-01')).toMatchObject({ status: 'Protected', processServer: null });
    expect(parseWorld(serializeWorld(w))).toMatchObject({ ok: true });
  });

  it('HV-3: synchronize during failover only runs straight through', () => {
    const w = run(fresh(), 'hv-app-01', planned({ dataSyncOption: 'ForDownTime' }));
    expect(w.jobs[0].tasks.map((t) => t.name)).toContain('FullDownload');
    expect(itemOf(w, 'hv-app-01').status).toBe('CommitPending');
  });

  it('HV-7: cancelling during data synchronization corrupts the on-prem VM; re-running repairs it', () => {
    const started = unwrap(startOperation(fresh(), 'hv-app-01', planned()));
    const cancelled = unwrap(cancelJob(advanceClock(started.world, 2), started.value.job.name)).world;
    expect(itemOf(cancelled, 'hv-app-01')).toMatchObject({ status: 'FailoverCommitted', corrupted: true });
    const again = run(cancelled, 'hv-app-01', planned({ dataSyncOption: 'ForDownTime' }));
    expect(itemOf(again, 'hv-app-01').corrupted).toBe(false);
  });

  it('HV-4, HV-5: encryption key and alternate location are validated', () => {
    const w = fresh();
    itemOf(w, 'hv-app-01').encrypted = true;
    const r = startOperation(w, 'hv-app-01', planned());
    expect(r.ok ? null : r.error).toMatchObject({
      ruleId: 'HV-4',
      target: 'properties.providerSpecificDetails.primaryKekCertificatePfx',
    });
    const gone = unwrap(
      patchLab(fresh(), { virtualMachines: { 'hv-app-01': { onPremisesVmExists: false } } }),
    ).world;
    const r2 = startOperation(gone, 'hv-app-01', planned());
    expect(r2.ok ? null : r2.error).toMatchObject({ ruleId: 'HV-5' });
    const created = run(
      gone,
      'hv-app-01',
      planned({
        recoveryVmCreationOption: 'CreateVmIfNotFound',
        providerIdForAlternateRecovery: 'hv-host-02',
        dataSyncOption: 'ForDownTime',
      }),
    );
    expect(itemOf(created, 'hv-app-01').onPremisesVm).toMatchObject({ exists: true, host: 'hv-host-02' });
  });

  it('HV-2: the primary host disconnected at job time fails the job', () => {
    const started = unwrap(startOperation(fresh(), 'hv-app-01', planned())).world;
    const w = advanceUntilJobsFinish(unwrap(patchLab(started, { hyperV: { hostConnected: false } })).world);
    expect(w.jobs[0]).toMatchObject({ state: 'Failed', errors: [{ code: '990010' }] });
  });

  it('HV-3: planned failover fields offer both sync options and the host', () => {
    const f = unwrap(fieldEligibility(fresh(), 'hv-app-01', 'plannedFailover', {})).value;
    expect(f.dataSync.options.map((o) => o.value)).toEqual(['ForSynchronization', 'ForDownTime']);
    expect(f.hostName.default).toBe('hv-host-01');
  });
});

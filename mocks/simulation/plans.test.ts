// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { advanceClock, advanceUntilJobsFinish } from './clock';
import { cancelJob, resumeJob } from './jobs';
import { commonAppConsistentTime } from './plan-inputs';
import { planOperationEligibility, startPlanOperation } from './plan-operations';
import { startOperation } from './operations';
import { pointsOf } from './recovery-points';
import { parseWorld, serializeWorld } from './persistence';
import { fresh, itemOf, reprotectBack, unwrap } from './test-helpers';
import type { World } from './types';

const PLAN = 'plan-web-tier';

function errorOf(result: ReturnType<typeof startPlanOperation>) {
  if (result.ok) throw new Error('expected an error');
  return result.error;
}

/** Plan re-protect with defaults, then run until the job ends. */
const reprotected = (): World =>
  advanceUntilJobsFinish(unwrap(startPlanOperation(fresh(), PLAN, { kind: 'Reprotect' })).world);

describe('recovery plans (RPL)', () => {
  it('RPL-1, RPL-2, RP-3: plan re-protect runs one job with tasks per machine; both machines end Protected', () => {
    const w0 = fresh();
    expect(planOperationEligibility(w0, PLAN).reProtect).toEqual({ allowed: true, reasons: [] });
    expect(planOperationEligibility(w0, PLAN).unplannedFailover.allowed).toBe(false);
    const started = unwrap(startPlanOperation(w0, PLAN, { kind: 'Reprotect' }));
    const job = started.value.job;
    expect(job).toMatchObject({ plan: PLAN, item: null, scenario: 'Reprotect', state: 'InProgress' });
    expect(job.tasks.map((t) => t.item)).toContain('web-03');
    expect(job.tasks[0].friendlyName).toBe('web-02: Prerequisites check for reprotect');
    expect(itemOf(started.world, 'web-02')).toMatchObject({ status: 'Reprotecting', currentJob: job.name });
    expect(started.world.notifications[0].title).toBe(`Reprotect '${PLAN}'`);
    // 409 while it runs, whichever door is used.
    expect(errorOf(startPlanOperation(started.world, PLAN, { kind: 'Reprotect' })).status).toBe(409);
    const done = advanceUntilJobsFinish(started.world);
    expect(done.jobs[0].state).toBe('Succeeded');
    for (const name of ['web-02', 'web-03'])
      expect(itemOf(done, name)).toMatchObject({
        status: 'Protected',
        direction: 'AzureToOnPremises',
        masterTarget: 'cs-01',
        currentJob: null,
      });
    expect(done.recoveryPoints.filter((p) => p.item === 'web-03')).toHaveLength(1);
  });

  it('RP-3: item-level re-protect of a group member stays refused', () => {
    const r = startOperation(fresh(), 'web-02', reprotectBack());
    expect(r.ok ? null : r.error.ruleId).toBe('RP-3');
  });

  it('RP-3, RPL-2: machines of a replication group must get the same master target', () => {
    const w = fresh();
    const cs = w.masterTargets.find((m) => m.name === 'cs-01');
    if (cs) w.masterTargets.push({ ...cs, name: 'mt-windows-02' });
    const error = errorOf(
      startPlanOperation(w, PLAN, {
        kind: 'Reprotect',
        items: { 'web-03': { masterTarget: 'mt-windows-02' } },
      }),
    );
    expect(error.status).toBe(400);
    expect(error.code).toBe('InvalidParameter');
    expect(error.target).toMatch(/^properties\.items\[web-0[23]\]/);
  });

  it('RPL-3: mixed Windows/Linux in one replication group is refused for re-protect', () => {
    const w = fresh();
    itemOf(w, 'web-03').os = 'Linux';
    expect(planOperationEligibility(w, PLAN).reProtect.reasons[0].ruleId).toBe('RPL-3');
    const error = errorOf(startPlanOperation(w, PLAN, { kind: 'Reprotect' }));
    expect(error).toMatchObject({ status: 400, code: 'InvalidParameter', ruleId: 'RPL-3' });
    expect(error.target).toBe('properties.items[web-03]');
  });

  it('LIFE-7: plan failback is refused while one machine has no recovery point, naming it', () => {
    const w = fresh('plan-no-recovery-point');
    const e = planOperationEligibility(w, PLAN).unplannedFailover;
    expect(e.allowed).toBe(false);
    expect(e.reasons).toEqual([expect.objectContaining({ ruleId: 'LIFE-7' })]);
    expect(e.reasons[0].message).toContain("'web-03'");
    const error = errorOf(
      startPlanOperation(w, PLAN, {
        kind: 'UnplannedFailover',
        recoveryPointType: 'Latest',
        shutDownSource: true,
      }),
    );
    expect(error).toMatchObject({ status: 400, ruleId: 'LIFE-7', target: 'properties.items[web-03]' });
    // After the first point (5 minutes, POL-1) the failback is allowed.
    expect(planOperationEligibility(advanceClock(w, 5), PLAN).unplannedFailover.allowed).toBe(true);
  });

  it('FO-2: Latest fails each VM to its own latest point; app-consistent to the group common point', () => {
    let w = advanceClock(reprotected(), 150);
    const common = commonAppConsistentTime(w, ['web-02', 'web-03']);
    expect(common).not.toBeNull();
    const latest = unwrap(
      startPlanOperation(w, PLAN, {
        kind: 'UnplannedFailover',
        recoveryPointType: 'Latest',
        shutDownSource: true,
      }),
    ).value.job;
    // Each VM's own newest point (validateInput resolves Latest to it).
    const own = (item: string) => pointsOf(w, item)[0].id;
    expect(latest.machines?.map((m) => m.input)).toEqual([
      expect.objectContaining({ recoveryPointId: own('web-02'), direction: 'AzureToOnPremises' }),
      expect.objectContaining({ recoveryPointId: own('web-03') }),
    ]);
    const app = unwrap(
      startPlanOperation(w, PLAN, {
        kind: 'UnplannedFailover',
        recoveryPointType: 'LatestAppConsistent',
        shutDownSource: true,
      }),
    );
    const ids = app.value.job.machines?.map((m) =>
      m.input.kind === 'UnplannedFailover' ? m.input.recoveryPointId : null,
    );
    const times = ids?.map((id) => w.recoveryPoints.find((p) => p.id === id)?.time);
    expect(times).toEqual([common, common]);
    w = advanceUntilJobsFinish(app.world);
    expect(itemOf(w, 'web-02')).toMatchObject({ status: 'FailoverCompleted', activeSite: 'OnPremises' });
    // RPL-1: commit through the plan.
    w = advanceUntilJobsFinish(unwrap(startPlanOperation(w, PLAN, { kind: 'Commit' })).world);
    expect(itemOf(w, 'web-03')).toMatchObject({ status: 'FailoverCommitted', azureVm: { exists: false } });
  });

  it('RPL-1: cancelling a plan job returns the unfinished machines to their state', () => {
    const started = unwrap(startPlanOperation(fresh(), PLAN, { kind: 'Reprotect' })).world;
    const w = unwrap(cancelJob(started, started.jobs[0].name)).world;
    expect(itemOf(w, 'web-02')).toMatchObject({ status: 'FailoverCommitted', currentJob: null });
    expect(itemOf(w, 'web-03')).toMatchObject({ status: 'FailoverCommitted', currentJob: null });
  });

  it('RPL-1, HV-3: a Hyper-V plan planned failover waits once for Complete failover, then commit pending', () => {
    const w0 = fresh();
    const second = { ...itemOf(w0, 'hv-app-01'), name: 'hv-app-02', recoveryPlan: 'plan-hv' };
    itemOf(w0, 'hv-app-01').recoveryPlan = 'plan-hv';
    w0.items.push(second);
    w0.recoveryPlans.push({ name: 'plan-hv', items: ['hv-app-01', 'hv-app-02'] });
    expect(planOperationEligibility(w0, 'plan-hv').plannedFailover.allowed).toBe(true);
    const input = {
      kind: 'PlannedFailover',
      dataSync: 'ForSynchronization',
      createVmIfNotFound: false,
      hostName: null,
      encryptionKey: null,
    } as const;
    let w = advanceUntilJobsFinish(unwrap(startPlanOperation(w0, 'plan-hv', input)).world);
    const job = w.jobs[0];
    expect(job.state).toBe('Suspended');
    expect(itemOf(w, 'hv-app-02').status).toBe('WaitingForCompleteFailover');
    w = advanceUntilJobsFinish(unwrap(resumeJob(w, job.name)).world);
    expect(w.jobs[0].state).toBe('Succeeded');
    expect(itemOf(w, 'hv-app-01').status).toBe('CommitPending');
    expect(itemOf(w, 'hv-app-02')).toMatchObject({ status: 'CommitPending', activeSite: 'OnPremises' });
  });

  it('RPL-1: a plan job survives export / import', () => {
    const started = unwrap(startPlanOperation(fresh(), PLAN, { kind: 'Reprotect' })).world;
    const parsed = parseWorld(serializeWorld(started));
    expect(parsed.ok && parsed.world.jobs[0]).toMatchObject({
      plan: PLAN,
      machines: [{ item: 'web-02' }, { item: 'web-03' }],
    });
  });
});

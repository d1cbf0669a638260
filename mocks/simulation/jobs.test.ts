// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { advanceClock, advanceUntilJobsFinish } from './clock';
import { cancelJob, restartJob, resumeJob } from './jobs';
import { patchLab } from './lab';
import { startOperation } from './operations';
import { fresh, itemOf, reprotectBack, run, unwrap } from './test-helpers';

describe('job actions', () => {
  it('LIFE-11 / RP-4: Restart re-runs the same failed job from the start and can succeed', () => {
    const failed = run(fresh('vpn-down'), 'web-01', reprotectBack());
    const name = failed.jobs[0].name;
    expect(failed.jobs[0].state).toBe('Failed');
    const fixed = unwrap(patchLab(failed, { network: { vpnConnected: true } })).world;
    const restarted = unwrap(restartJob(fixed, name.toUpperCase()));
    expect(restarted.value.job).toMatchObject({
      name,
      state: 'InProgress',
      errors: [],
      endTime: null,
      startTime: fixed.now,
    });
    expect(restarted.value.job.tasks.map((t) => t.state)).toEqual([
      'InProgress',
      'NotStarted',
      'NotStarted',
      'NotStarted',
    ]);
    expect(itemOf(restarted.world, 'web-01')).toMatchObject({ status: 'Reprotecting', currentJob: name });
    expect(restarted.world.jobs).toHaveLength(1);
    const done = advanceUntilJobsFinish(restarted.world);
    expect(done.jobs[0].state).toBe('Succeeded');
    expect(itemOf(done, 'web-01').status).toBe('Protected');
    expect(done.notifications).toHaveLength(1);
    expect(done.notifications[0].status).toBe('Succeeded');
  });

  it('Restart refuses a job that did not fail, and 409 when another job holds the item', () => {
    const failed = run(fresh('vpn-down'), 'web-01', reprotectBack());
    const other = unwrap(startOperation(failed, 'web-01', reprotectBack())).world;
    const r = restartJob(other, failed.jobs[0].name);
    expect(r.ok ? null : r.error).toMatchObject({ status: 409 });
    const started = unwrap(startOperation(fresh(), 'web-01', reprotectBack()));
    const done = advanceUntilJobsFinish(started.world);
    const r2 = restartJob(done, started.value.job.name);
    expect(r2.ok ? null : r2.error).toMatchObject({ status: 400, code: 'OperationNotAllowed' });
    expect(restartJob(done, 'nope').ok).toBe(false);
  });

  it('Cancel stops a running job and the item returns to its state', () => {
    const started = unwrap(startOperation(fresh(), 'web-01', reprotectBack()));
    const mid = advanceClock(started.world, 2);
    const { world, value } = unwrap(cancelJob(mid, started.value.job.name));
    expect(value.job).toMatchObject({ state: 'Cancelled', endTime: mid.now });
    expect(value.job.tasks.map((t) => t.state)).toEqual([
      'Succeeded',
      'Cancelled',
      'NotStarted',
      'NotStarted',
    ]);
    expect(itemOf(world, 'web-01')).toMatchObject({ status: 'FailoverCommitted', currentJob: null });
    expect(world.notifications[0].status).toBe('Cancelled');
    expect(advanceUntilJobsFinish(world).jobs[0].state).toBe('Cancelled');
    expect(cancelJob(world, value.job.name).ok).toBe(false);
  });

  it('HV-3: Resume is only for a job waiting for input', () => {
    const started = unwrap(startOperation(fresh(), 'web-01', reprotectBack()));
    const r = resumeJob(started.world, started.value.job.name);
    expect(r.ok ? null : r.error).toMatchObject({ status: 400, code: 'OperationNotAllowed', ruleId: 'HV-3' });
  });
});

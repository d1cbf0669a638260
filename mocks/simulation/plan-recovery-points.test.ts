// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { advanceClock, advanceUntilJobsFinish } from './clock';
import { fieldEligibility } from './fields';
import { deltaSyncMinutes } from './job-plans';
import { startOperation } from './operations';
import { startPlanOperation } from './plan-operations';
import { pointsOf } from './recovery-points';
import { failover, fresh, itemOf, unwrap } from './test-helpers';

describe('recovery points (FO) and Hyper-V durations (HV-3)', () => {
  it('FO-1, POL-1: under the failback policy, crash-consistent every 5 min, app-consistent every 60, kept 24 h', () => {
    let w = advanceUntilJobsFinish(
      unwrap(startPlanOperation(fresh(), 'plan-web-tier', { kind: 'Reprotect' })).world,
    );
    w = advanceClock(w, 26 * 60);
    const points = pointsOf(w, 'web-02');
    const times = points.map((p) => Date.parse(p.time));
    const span = (times[0] - times[times.length - 1]) / 3_600_000;
    expect(span).toBeLessThanOrEqual(24);
    expect(span).toBeGreaterThan(23);
    expect((times[0] - times[1]) / 60_000).toBe(5);
    const app = points.filter((p) => p.type === 'ApplicationConsistent').map((p) => Date.parse(p.time));
    expect((app[0] - app[1]) / 60_000).toBe(60);
    expect(app.length).toBeGreaterThanOrEqual(23);
  });

  it('FO-1: Change recovery point works before commit; after commit the other points are gone', () => {
    let w = advanceClock(fresh(), 30);
    w = advanceUntilJobsFinish(unwrap(startOperation(w, 'app-01', failover('OnPremisesToAzure'))).world);
    expect(itemOf(w, 'app-01').status).toBe('FailoverCompleted');
    const older = pointsOf(w, 'app-01')[3];
    const changed = unwrap(
      startOperation(w, 'app-01', { kind: 'ApplyRecoveryPoint', recoveryPointId: older.id }),
    );
    expect(changed.value.job.scenario).toBe('ChangePit');
    w = advanceUntilJobsFinish(changed.world);
    expect(w.jobs[w.jobs.length - 1].state).toBe('Succeeded');
    w = advanceUntilJobsFinish(unwrap(startOperation(w, 'app-01', { kind: 'Commit' })).world);
    expect(pointsOf(w, 'app-01')).toHaveLength(0);
  });

  it('HV-3: full download (diskGB/8) is shorter than delta sync for a VM in Azure a month or more, longer for a few days', () => {
    const item = itemOf(fresh(), 'hv-app-01');
    const full = Math.ceil(item.diskGB / 8);
    const failedOver = Date.parse(item.lastFailoverTime ?? '2026-11-21T00:00:00Z');
    const after = (days: number) => new Date(failedOver + days * 86_400_000).toISOString();
    expect(deltaSyncMinutes(item, after(2))).toBeLessThan(full);
    expect(deltaSyncMinutes(item, after(30))).toBeGreaterThan(full);
  });

  it('HV-4: an encrypted cloud adds the encryptionKey field to planned failover', () => {
    const w = fresh();
    itemOf(w, 'hv-app-01').encrypted = true;
    const r = fieldEligibility(w, 'hv-app-01', 'plannedFailover', {});
    expect(r.ok && r.value.encryptionKey.default).toBeTruthy();
  });
});

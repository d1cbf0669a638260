// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { advanceClock, advanceUntilJobsFinish, runningJobCount, setSpeed } from './clock';
import { startOperation } from './operations';
import { fresh, itemOf, reprotectBack, unwrap } from './test-helpers';

describe('clock', () => {
  it('POL-1: protected items get a crash point every 5 min, app-consistent every 60, pruned after 24 h', () => {
    const w = fresh();
    const later = advanceClock(w, 60);
    const app = later.recoveryPoints.filter((p) => p.item === 'app-01');
    expect(app).toHaveLength(288); // 12 new, 12 pruned
    expect(app.some((p) => p.time === '2026-11-23T10:00:00.000Z' && p.type === 'ApplicationConsistent')).toBe(
      true,
    );
    expect(app.some((p) => p.time === '2026-11-23T09:55:00.000Z' && p.type === 'CrashConsistent')).toBe(true);
    expect(app.every((p) => p.time > '2026-11-22T10:00:00.000Z')).toBe(true);
  });

  it('items that are not replicating get no points', () => {
    const later = advanceClock(fresh(), 120);
    expect(new Set(later.recoveryPoints.map((p) => p.item))).toEqual(new Set(['app-01']));
  });

  it('stepping in small or big steps gives the same world (ticks on absolute times)', () => {
    let small = fresh();
    for (let i = 0; i < 12; i += 1) small = advanceClock(small, 5);
    expect(small).toEqual(advanceClock(fresh(), 60));
  });

  it('RV-7: the configuration server rediscovers every 15 minutes', () => {
    const w = fresh(); // last discovery 08:55
    expect(advanceClock(w, 9).configurationServers[0].lastDiscovery).toBe('2026-11-23T08:55:00.000Z');
    expect(advanceClock(w, 10).configurationServers[0].lastDiscovery).toBe('2026-11-23T09:10:00.000Z');
    expect(advanceClock(w, 39).configurationServers[0].lastDiscovery).toBe('2026-11-23T09:25:00.000Z');
  });

  it('time never goes backwards and the input is not mutated', () => {
    const w = fresh();
    const copy = structuredClone(w);
    expect(advanceClock(w, -10).now).toBe(w.now);
    expect(advanceClock(w, Number.NaN).now).toBe(w.now);
    expect(w).toEqual(copy);
  });

  it('advanceUntilJobsFinish stops at the moment the last running job ends', () => {
    let w = unwrap(startOperation(fresh(), 'web-01', reprotectBack())).world; // 12 min
    w = unwrap(
      startOperation(
        w,
        'db-01',
        reprotectBack({
          masterTarget: 'mt-linux-01',
          datastore: 'datastore-vmfs-02',
          retentionDrive: '/mnt/retention',
        }),
      ),
    ).world; // 1+2+16+1
    expect(runningJobCount(w)).toBe(2);
    const done = advanceUntilJobsFinish(w);
    expect(done.now).toBe('2026-11-23T09:20:00.000Z');
    expect(runningJobCount(done)).toBe(0);
    expect(itemOf(done, 'db-01').status).toBe('Protected');
    expect(advanceUntilJobsFinish(fresh()).now).toBe(fresh().now);
  });

  it('tasks run in order with contiguous times', () => {
    const w = advanceClock(unwrap(startOperation(fresh(), 'web-01', reprotectBack())).world, 5);
    const job = w.jobs[0];
    expect(job.tasks.map((t) => [t.state, t.startTime, t.endTime])).toEqual([
      ['Succeeded', '2026-11-23T09:00:00.000Z', '2026-11-23T09:01:00.000Z'],
      ['Succeeded', '2026-11-23T09:01:00.000Z', '2026-11-23T09:03:00.000Z'],
      ['InProgress', '2026-11-23T09:03:00.000Z', null],
      ['NotStarted', null, null],
    ]);
  });

  it('setSpeed changes only the speed', () => {
    expect(setSpeed(fresh(), 600)).toEqual({ ...fresh(), speed: 600 });
  });

  it('a world with 5,000 items advances an hour quickly', () => {
    const w = fresh();
    const template = itemOf(w, 'web-01');
    for (let i = 0; i < 5000; i += 1) w.items.push({ ...structuredClone(template), name: `vm-${i}` });
    for (let i = 0; i < 50; i += 1) {
      const it = w.items[8 + i];
      it.status = 'Protected';
      it.direction = 'OnPremisesToAzure';
    }
    // A guard against quadratic work, not a benchmark (npm run bench measures the 24 h advance).
    const start = performance.now();
    const later = advanceClock(w, 60);
    expect(performance.now() - start).toBeLessThan(6000);
    expect(later.recoveryPoints.filter((p) => p.item === 'vm-0')).toHaveLength(12);
  });
});

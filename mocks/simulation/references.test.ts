// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { listScenarios, loadScenario } from './scenarios';
import { worldReferenceProblems } from './references';
import { fresh, reprotectBack, unwrap } from './test-helpers';
import { startOperation } from './operations';
import { advanceUntilJobsFinish } from './clock';

describe('worldReferenceProblems (docs/scenario-format.md: resources are referenced by name)', () => {
  it('every preset resolves all its references', () => {
    for (const { id } of listScenarios()) expect(worldReferenceProblems(loadScenario(id)!), id).toEqual([]);
  });

  it('names match case-insensitively; a running job is its item’s current job', () => {
    const w = unwrap(startOperation(fresh(), 'web-01', reprotectBack())).world;
    w.recoveryPlans[0].items = w.recoveryPlans[0].items.map((n) => n.toUpperCase());
    expect(worldReferenceProblems(w)).toEqual([]);
    w.items[0].currentJob = null;
    expect(worldReferenceProblems(w)).toEqual([
      expect.objectContaining({
        path: '$.items[0].currentJob',
        message: expect.stringMatching(/InProgress on 'web-01'/),
      }),
    ]);
  });

  it('a finished job may name what was removed since (PS-5: history stays)', () => {
    const w = unwrap(startOperation(fresh(), 'web-01', reprotectBack())).world;
    w.jobs[0].state = 'Succeeded';
    w.items[0].currentJob = null;
    w.processServers = w.processServers.filter((p) => p.name !== 'ps-azure-01');
    expect(worldReferenceProblems(w)).toEqual([]);
    w.jobs[0].state = 'InProgress';
    w.items[0].currentJob = w.jobs[0].name;
    expect(worldReferenceProblems(w).map((p) => p.path)).toEqual(['$.jobs[0].input.processServer']);
  });

  it('END-1: jobs of a machine whose protection ended stay in the history; any other unknown item is refused', () => {
    let w = unwrap(
      startOperation(fresh(), 'app-01', { kind: 'DisableProtection', reason: 'NotSpecified' }),
    ).world;
    w = advanceUntilJobsFinish(w);
    expect(w.items.some((i) => i.name === 'app-01')).toBe(false);
    expect(worldReferenceProblems(w)).toEqual([]);
    // Without a succeeded removal job, a job on an item that does not exist is a dangling reference.
    const job = w.jobs.findIndex((j) => j.item === 'app-01');
    w.jobs[job] = { ...w.jobs[job], state: 'Failed' };
    expect(worldReferenceProblems(w).map((p) => p.path)).toContain(`$.jobs[${job}].item`);
  });
});

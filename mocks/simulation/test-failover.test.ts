// @vitest-environment node
/** Test failover and cleanup (docs/rules.md §12, TF-1..5), for items and recovery plans. */
import { describe, expect, it } from 'vitest';
import { advanceClock, advanceUntilJobsFinish } from './clock';
import { operationEligibility } from './eligibility';
import { fieldEligibility } from './fields';
import { labDocument, patchLab } from './lab';
import { startOperation } from './operations';
import { planOperationEligibility, startPlanOperation } from './plan-operations';
import { fresh, itemOf, reprotectBack, run, unwrap } from './test-helpers';
import type { OperationInput, World } from './types';

const test = (over: Partial<Extract<OperationInput, { kind: 'TestFailover' }>> = {}): OperationInput => ({
  kind: 'TestFailover',
  direction: 'OnPremisesToAzure',
  network: 'contoso-test-vnet',
  recoveryPointId: null,
  recoveryPointType: 'Latest',
  ...over,
});
const cleanup = (comments = 'Drill OK'): OperationInput => ({ kind: 'TestFailoverCleanup', comments });
const lastJob = (w: World) => w.jobs[w.jobs.length - 1];

describe('Test failover (TF)', () => {
  it('TF-1: app-01 (protected to Azure) tests into a network; replication goes on; the test VM is app-01-test', () => {
    const started = unwrap(startOperation(fresh(), 'app-01', test())).world;
    expect(itemOf(started, 'app-01').status).toBe('TestFailoverInProgress');
    const job = lastJob(started);
    expect(job.scenario).toBe('TestFailover');
    expect(job.tasks.map((t) => t.name)).toEqual(['PrerequisitesCheck', 'CreateTestVm', 'StartTestVm']);
    expect(job.input).toMatchObject({ network: 'contoso-test-vnet', recoveryPointId: expect.any(String) });

    const done = advanceUntilJobsFinish(started);
    const app = itemOf(done, 'app-01');
    expect(lastJob(done).state).toBe('Succeeded');
    expect(app.status).toBe('TestFailoverCleanupPending');
    expect(app.testVm).toMatchObject({ network: 'contoso-test-vnet' });
    expect(app.direction).toBe('OnPremisesToAzure');
    expect(app.activeSite).toBe('OnPremises');
    // Replication goes on during the test: new recovery points keep coming.
    const newest = (x: World) =>
      x.recoveryPoints.filter((p) => p.item === 'app-01').reduce((m, p) => (p.time > m ? p.time : m), '');
    expect(newest(advanceClock(done, 30)) > newest(done)).toBe(true);
    // The Lab lists the test VM while it exists.
    const vm = (labDocument(done).virtualMachines as Record<string, Record<string, unknown>>)['app-01'];
    expect(vm.testVmExists).toBe(true);
  });

  it('TF-1: the pane offers the isolated test network first (default), production networks flagged', () => {
    const fields = unwrap(fieldEligibility(fresh(), 'app-01', 'testFailover', {})).value;
    expect(fields.direction.options[0].value).toBe('OnPremisesToAzure');
    expect(fields.network.default).toBe('contoso-test-vnet');
    expect(fields.network.options.map((o) => o.label)).toEqual([
      'contoso-test-vnet (isolated test network)',
      'contoso-vnet (production network)',
    ]);
    expect(fields.recoveryPoint.options.length).toBeGreaterThan(0);
  });

  it('TF-1: an unknown network or recovery point is refused with the field as target', () => {
    const net = startOperation(fresh(), 'app-01', test({ network: 'nope-vnet' }));
    expect(net).toMatchObject({
      ok: false,
      error: { status: 400, target: 'properties.networkId', ruleId: 'TF-1' },
    });
    const point = startOperation(
      fresh(),
      'app-01',
      test({ recoveryPointType: 'Custom', recoveryPointId: 'x' }),
    );
    expect(point).toMatchObject({ ok: false, error: { code: 'InvalidParameter', ruleId: 'FO-1' } });
  });

  it('TF-1: only forward-protected items: a committed item in Azure is refused', () => {
    expect(operationEligibility(fresh(), 'web-01').testFailover).toMatchObject({
      allowed: false,
      reasons: [{ ruleId: 'TF-1' }],
    });
  });

  it('TF-2: one test at a time: a second test is refused until Cleanup test failover', () => {
    const tested = run(fresh(), 'app-01', test());
    const e = operationEligibility(tested, 'app-01');
    expect(e.testFailover).toMatchObject({ allowed: false, reasons: [{ ruleId: 'TF-2' }] });
    expect(e.testFailoverCleanup.allowed).toBe(true);
    const again = startOperation(tested, 'app-01', test());
    expect(again).toMatchObject({ ok: false, error: { code: 'OperationNotAllowed', ruleId: 'TF-2' } });
    // Cleanup needs a completed test.
    expect(operationEligibility(fresh(), 'app-01').testFailoverCleanup).toMatchObject({
      allowed: false,
      reasons: [{ ruleId: 'TF-2' }],
    });
  });

  it('TF-3: cleanup deletes the test VM, keeps the notes in the job and the item is Protected again', () => {
    const tested = run(fresh(), 'app-01', test());
    const started = unwrap(startOperation(tested, 'app-01', cleanup('Drill OK: app answered'))).world;
    expect(itemOf(started, 'app-01').status).toBe('CleaningUpTestFailover');
    const done = advanceUntilJobsFinish(started);
    const job = lastJob(done);
    expect(job).toMatchObject({ scenario: 'TestFailoverCleanup', state: 'Succeeded' });
    expect(job.input).toEqual({ kind: 'TestFailoverCleanup', comments: 'Drill OK: app answered' });
    expect(job.tasks.map((t) => t.name)).toContain('DeleteTestVm');
    expect(itemOf(done, 'app-01').status).toBe('Protected');
    expect(itemOf(done, 'app-01').testVm).toBeNull();
    expect(operationEligibility(done, 'app-01').testFailover.allowed).toBe(true);
  });

  it('TF-4: a stale test VM makes the next test fail with the replica IP addresses message; the item goes back to Protected', () => {
    const stale = fresh('test-failover-stale-vm');
    expect(itemOf(stale, 'app-01').testVm).not.toBeNull();
    const failed = run(stale, 'app-01', test());
    expect(lastJob(failed)).toMatchObject({ state: 'Failed', errors: [{ code: '990013' }] });
    expect(itemOf(failed, 'app-01').status).toBe('Protected');
    // Testing in the production network is allowed (warned against in the pane).
    const prod = run(fresh(), 'app-01', test({ network: 'contoso-vnet' }));
    expect(lastJob(prod).state).toBe('Succeeded');
  });

  it('TF-5: in the Azure to on-premises direction test failover is disabled with the reason', () => {
    const back = run(fresh(), 'web-01', reprotectBack());
    expect(itemOf(back, 'web-01').direction).toBe('AzureToOnPremises');
    expect(operationEligibility(back, 'web-01').testFailover).toMatchObject({
      allowed: false,
      reasons: [{ ruleId: 'TF-5', message: expect.stringContaining('Azure to on-premises') }],
    });
    expect(operationEligibility(back, 'web-01').testFailoverCleanup.reasons[0].ruleId).toBe('TF-5');
    const refused = startOperation(back, 'web-01', test());
    expect(refused).toMatchObject({ ok: false, error: { ruleId: 'TF-5' } });
    // And a forward item asked to test backwards is refused on the direction.
    const wrong = startOperation(fresh(), 'app-01', test({ direction: 'AzureToOnPremises' }));
    expect(wrong).toMatchObject({
      ok: false,
      error: { target: 'properties.failoverDirection', ruleId: 'TF-5' },
    });
  });

  it('TF-1, TF-3: a recovery plan tests and cleans up every machine, one job each', () => {
    const w = fresh();
    expect(planOperationEligibility(w, 'plan-app-tier').testFailover.allowed).toBe(true);
    expect(planOperationEligibility(w, 'plan-web-tier').testFailover.allowed).toBe(false);
    const started = unwrap(
      startPlanOperation(w, 'plan-app-tier', {
        kind: 'TestFailover',
        recoveryPointType: 'LatestProcessed',
        network: 'contoso-test-vnet',
      }),
    ).world;
    expect(lastJob(started)).toMatchObject({ scenario: 'TestFailover', plan: 'plan-app-tier' });
    const tested = advanceUntilJobsFinish(started);
    expect(itemOf(tested, 'app-01').status).toBe('TestFailoverCleanupPending');
    expect(planOperationEligibility(tested, 'plan-app-tier').testFailoverCleanup.allowed).toBe(true);
    const cleaned = advanceUntilJobsFinish(
      unwrap(startPlanOperation(tested, 'plan-app-tier', { kind: 'TestFailoverCleanup', comments: 'ok' }))
        .world,
    );
    expect(lastJob(cleaned)).toMatchObject({ scenario: 'TestFailoverCleanup', state: 'Succeeded' });
    expect(itemOf(cleaned, 'app-01')).toMatchObject({ status: 'Protected', testVm: null });
  });

  it('TF-4: the Lab deletes a leftover test VM but never creates one', () => {
    const stale = fresh('test-failover-stale-vm');
    const fixed = unwrap(patchLab(stale, { virtualMachines: { 'app-01': { testVmExists: false } } })).world;
    expect(itemOf(fixed, 'app-01').testVm).toBeNull();
    expect(patchLab(fresh(), { virtualMachines: { 'app-01': { testVmExists: true } } })).toMatchObject({
      ok: false,
      error: { ruleId: 'TF-1' },
    });
  });
});

// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { allowedOperations, operationEligibility } from './eligibility';
import { fresh, itemOf, reprotectBack, unwrap } from './test-helpers';
import { startOperation } from './operations';

describe('operationEligibility', () => {
  it('LIFE-3: reProtect is allowed for web-01 (failover committed in Azure)', () => {
    const w = fresh();
    expect(operationEligibility(w, 'web-01').reProtect).toEqual({ allowed: true, reasons: [] });
    expect(allowedOperations(w, 'web-01')).toEqual([
      'ReverseReplicate',
      'CompleteMigration',
      'DisableProtection',
    ]);
  });

  it('LIFE-1: a protected item on-prem → Azure allows unplannedFailover only', () => {
    const w = fresh();
    const e = operationEligibility(w, 'app-01');
    expect(e.unplannedFailover.allowed).toBe(true);
    expect(e.reProtect.allowed).toBe(false);
    expect(e.reProtect.reasons[0].ruleId).toBe('LIFE-6');
    expect(allowedOperations(w, 'app-01')).toEqual([
      'UnplannedFailover',
      'TestFailover',
      'DisableProtection',
    ]);
  });

  it('RP-5: legacy-01 (Windows Server 2008 R2 SP1 physical) cannot be re-protected, with the reason', () => {
    const e = operationEligibility(fresh(), 'legacy-01');
    expect(e.reProtect.allowed).toBe(false);
    expect(e.reProtect.reasons[0]).toEqual({
      ruleId: 'RP-5',
      message: 'Windows Server 2008 R2 SP1 protected as a physical server can\u2019t fail back',
    });
    // END-1: a machine that can't fail back can still end its protection.
    expect(allowedOperations(fresh(), 'legacy-01')).toEqual(['CompleteMigration', 'DisableProtection']);
  });

  it('RP-3: a replication group member re-protects through its recovery plan', () => {
    const r = operationEligibility(fresh(), 'web-02').reProtect;
    expect(r.allowed).toBe(false);
    expect(r.reasons[0].ruleId).toBe('RP-3');
    expect(r.reasons[0].message).toContain('re-protect through recovery plan plan-web-tier');
  });

  it('HV-2: a Hyper-V VM in Azure offers Planned failover (Failback), not re-protect', () => {
    const w = fresh();
    const e = operationEligibility(w, 'hv-app-01');
    expect(e.reProtect).toMatchObject({ allowed: false, reasons: [{ ruleId: 'HV-2' }] });
    expect(e.plannedFailover.allowed).toBe(true);
    expect(allowedOperations(w, 'hv-app-01')).toEqual(['Failback', 'CompleteMigration', 'DisableProtection']);
    const down = { ...w, environment: { ...w.environment, hyperVHostConnected: false } };
    expect(operationEligibility(down, 'hv-app-01').plannedFailover).toMatchObject({
      allowed: false,
      reasons: [{ ruleId: 'HV-2' }],
    });
  });

  it('HV-2: planned failover is for Hyper-V VMs only', () => {
    expect(operationEligibility(fresh(), 'web-01').plannedFailover.allowed).toBe(false);
  });

  it('LIFE-7: failback needs at least one recovery point', () => {
    const w = fresh();
    const web = itemOf(w, 'web-01');
    web.status = 'Protected';
    web.direction = 'AzureToOnPremises';
    expect(operationEligibility(w, 'web-01').unplannedFailover).toMatchObject({
      allowed: false,
      reasons: [{ ruleId: 'LIFE-7' }],
    });
    w.recoveryPoints.push({ id: 'p1', item: 'web-01', time: w.now, type: 'CrashConsistent' });
    expect(operationEligibility(w, 'web-01').unplannedFailover.allowed).toBe(true);
  });

  it('a running job disallows everything and names the job', () => {
    const { world } = unwrap(startOperation(fresh(), 'web-01', reprotectBack()));
    const e = operationEligibility(world, 'web-01');
    expect(Object.values(e).every((x) => !x.allowed)).toBe(true);
    expect(e.reProtect.reasons[0].message).toMatch(
      /^Job Reprotect \([0-9a-f-]{36}\) is in progress on 'web-01'$/,
    );
    expect(allowedOperations(world, 'web-01')).toEqual([]);
  });

  it('failoverCommit and applyRecoveryPoint need a completed failover (LIFE-2)', () => {
    const w = fresh();
    expect(operationEligibility(w, 'web-01').failoverCommit).toMatchObject({
      allowed: false,
      reasons: [{ ruleId: 'LIFE-2' }],
    });
    itemOf(w, 'web-01').status = 'FailoverCompleted';
    expect(operationEligibility(w, 'web-01').failoverCommit.allowed).toBe(true);
    expect(operationEligibility(w, 'web-01').applyRecoveryPoint.allowed).toBe(true);
    expect(allowedOperations(w, 'web-01')).toEqual(['Commit', 'ChangePit', 'DisableProtection']);
  });
});

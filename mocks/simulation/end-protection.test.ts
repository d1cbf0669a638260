// @vitest-environment node
/** Ending protection (docs/rules.md §13, END-1, END-2): RP-5 reached live. */
import { describe, expect, it } from 'vitest';
import { advanceUntilJobsFinish } from './clock';
import { BLOCKER_REASONS, operationEligibility } from './eligibility';
import { patchLab } from './lab';
import { startOperation } from './operations';
import { fresh, itemOf, run, unwrap } from './test-helpers';
import type { World } from './types';

const lastJob = (w: World) => w.jobs[w.jobs.length - 1];
const lab = (w: World, patch: unknown) => unwrap(patchLab(w, patch)).world;

describe('Ending protection (END)', () => {
  it('END-1: Complete migration (committed in Azure) runs job CompleteMigration; the item leaves Replicated items', () => {
    const w = fresh();
    expect(operationEligibility(w, 'web-01').completeMigration.allowed).toBe(true);
    const started = unwrap(
      startOperation(w, 'web-01', { kind: 'DisableProtection', reason: 'MigrationComplete' }),
    );
    expect(started.value.job.scenario).toBe('CompleteMigration');
    const done = advanceUntilJobsFinish(started.world);
    expect(lastJob(done)).toMatchObject({
      scenario: 'CompleteMigration',
      state: 'Succeeded',
      item: 'web-01',
    });
    expect(done.items.some((i) => i.name === 'web-01')).toBe(false);
    expect(done.recoveryPoints.some((p) => p.item === 'web-01')).toBe(false);
  });

  it('END-1: Complete migration needs a committed failover to Azure; app-01 (protected) is refused', () => {
    expect(operationEligibility(fresh(), 'app-01').completeMigration).toMatchObject({
      allowed: false,
      reasons: [{ ruleId: 'END-1' }],
    });
    const refused = startOperation(fresh(), 'app-01', {
      kind: 'DisableProtection',
      reason: 'MigrationComplete',
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'OperationNotAllowed', ruleId: 'END-1' } });
  });

  it('END-1: Disable replication works on any idle item and removes it, also from its recovery plan', () => {
    const done = run(fresh(), 'app-01', { kind: 'DisableProtection', reason: 'NotSpecified' });
    expect(lastJob(done)).toMatchObject({ scenario: 'DisableProtection', state: 'Succeeded' });
    expect(done.items.some((i) => i.name === 'app-01')).toBe(false);
    expect(done.recoveryPlans.find((p) => p.name === 'plan-app-tier')?.items).toEqual([]);
    const group = run(fresh(), 'web-02', { kind: 'DisableProtection', reason: 'NotSpecified' });
    expect(group.recoveryPlans.find((p) => p.name === 'plan-web-tier')?.items).toEqual(['web-03']);
  });

  it('END-1: not while another job runs on the item (409)', () => {
    const disabling = unwrap(
      startOperation(fresh(), 'app-01', { kind: 'DisableProtection', reason: 'NotSpecified' }),
    ).world;
    expect(
      startOperation(disabling, 'app-01', { kind: 'DisableProtection', reason: 'NotSpecified' }),
    ).toMatchObject({
      ok: false,
      error: { status: 409 },
    });
  });

  it('END-2: moving the Azure VM to another resource group makes failback impossible (RP-5) with its reason', () => {
    const moved = lab(fresh(), { virtualMachines: { 'web-01': { azureVmMoved: true } } });
    expect(itemOf(moved, 'web-01').failbackBlocker).toBe('MovedResourceGroup');
    expect(operationEligibility(moved, 'web-01').reProtect).toEqual({
      allowed: false,
      reasons: [{ ruleId: 'RP-5', message: BLOCKER_REASONS.MovedResourceGroup }],
    });
    expect(patchLab(moved, { virtualMachines: { 'web-01': { azureVmMoved: false } } })).toMatchObject({
      ok: false,
      error: { ruleId: 'END-2' },
    });
  });

  it('END-2: deleting the Azure VM makes failback impossible (RP-5) with its reason; it cannot be restored', () => {
    const deleted = lab(fresh(), { virtualMachines: { 'web-01': { azureVmExists: false } } });
    const web = itemOf(deleted, 'web-01');
    expect(web).toMatchObject({
      failbackBlocker: 'AzureVmDeleted',
      azureVm: { exists: false, running: false },
    });
    expect(operationEligibility(deleted, 'web-01').reProtect).toEqual({
      allowed: false,
      reasons: [{ ruleId: 'RP-5', message: BLOCKER_REASONS.AzureVmDeleted }],
    });
    expect(patchLab(deleted, { virtualMachines: { 'web-01': { azureVmExists: true } } })).toMatchObject({
      ok: false,
      error: { ruleId: 'END-2' },
    });
  });

  it('END-2: a VM re-protected back whose Azure VM moves can no longer fail over from Azure (RP-5)', () => {
    const back = run(fresh(), 'web-01', {
      kind: 'Reprotect',
      direction: 'AzureToOnPremises',
      masterTarget: 'cs-01',
      processServer: 'ps-azure-01',
      datastore: 'datastore-vmfs-01',
      retentionDrive: 'R:',
      policy: 'contoso-policy-failback',
    });
    const moved = lab(back, { virtualMachines: { 'web-01': { azureVmMoved: true } } });
    expect(operationEligibility(moved, 'web-01').unplannedFailover).toMatchObject({
      allowed: false,
      reasons: [{ ruleId: 'RP-5' }],
    });
  });
});

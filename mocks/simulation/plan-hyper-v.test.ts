// @vitest-environment node
/**
 * docs/rules.md §14 (HV-4, HV-5 per machine): a recovery plan's planned failover from Azure takes
 * each Hyper-V machine's own alternate host and encryption key; the plan-wide values (all ARM's
 * RecoveryPlanPlannedFailoverInput carries) are only the defaults. Preset hyper-v-plan: hv-app-01
 * (encrypted, its on-premises VM deleted, was on hv-host-01) and hv-web-01 (on hv-host-02).
 */
import { describe, expect, it } from 'vitest';
import { advanceUntilJobsFinish } from './clock';
import type { PlanOperationInput, PlanPlannedFailoverValues } from './plan-inputs';
import { startPlanOperation } from './plan-operations';
import { worldReferenceProblems } from './references';
import { fresh, itemOf, unwrap } from './test-helpers';
import type { World } from './types';

const PLAN = 'plan-hyper-v';

/** Plan-wide: full download, no VM creation, no host, no key (ARM's defaults); machines' own choices. */
type Planned = Extract<PlanOperationInput, { kind: 'PlannedFailover' }>;
const planned = (items?: Record<string, PlanPlannedFailoverValues>): Planned => ({
  kind: 'PlannedFailover',
  dataSync: 'ForDownTime',
  createVmIfNotFound: false,
  hostName: null,
  encryptionKey: null,
  ...(items ? { items } : {}),
});

const appOnHost2: PlanPlannedFailoverValues = {
  createVmIfNotFound: true,
  hostName: 'hv-host-02',
  encryptionKey: 'hv-host-01-encryption-key.pfx',
};

const lastJob = (w: World) => w.jobs[w.jobs.length - 1];

describe('plan planned failover with per-machine Hyper-V choices (docs/rules.md §14)', () => {
  it('HV-4 per machine in a plan: the encrypted machine needs its own key; the other machine needs none', () => {
    const w = fresh('hyper-v-plan');
    // A key given to hv-web-01 (not encrypted) does not cover hv-app-01.
    const refused = startPlanOperation(
      w,
      PLAN,
      planned({
        'hv-app-01': { createVmIfNotFound: true, hostName: 'hv-host-02' },
        'hv-web-01': { encryptionKey: 'hv-host-01-encryption-key.pfx' },
      }),
    );
    expect(refused).toMatchObject({
      ok: false,
      error: {
        ruleId: 'HV-4',
        target: 'properties.items[hv-app-01].providerSpecificDetails.primaryKekCertificatePfx',
      },
    });
    // Only hv-app-01 is given a key: accepted.
    expect(startPlanOperation(w, PLAN, planned({ 'hv-app-01': appOnHost2 })).ok).toBe(true);
  });

  it('HV-5 per machine in a plan: a deleted VM needs Create VM and a host of its own', () => {
    const w = fresh('hyper-v-plan');
    expect(
      startPlanOperation(w, PLAN, planned({ 'hv-app-01': { ...appOnHost2, createVmIfNotFound: false } })),
    ).toMatchObject({
      ok: false,
      error: {
        ruleId: 'HV-5',
        target: 'properties.items[hv-app-01].providerSpecificDetails.recoveryVmCreationOption',
      },
    });
    expect(
      startPlanOperation(w, PLAN, planned({ 'hv-app-01': { ...appOnHost2, hostName: null } })),
    ).toMatchObject({
      ok: false,
      error: {
        ruleId: 'HV-5',
        target: 'properties.items[hv-app-01].providerSpecificDetails.providerIdForAlternateRecovery',
      },
    });
  });

  it('HV-5 per machine in a plan: each deleted VM is created on its own alternate host', () => {
    const w = structuredClone(fresh('hyper-v-plan'));
    itemOf(w, 'hv-web-01').onPremisesVm.exists = false; // both on-premises VMs are gone now
    const started = unwrap(
      startPlanOperation(
        w,
        PLAN,
        planned({
          'hv-app-01': appOnHost2,
          'hv-web-01': { createVmIfNotFound: true, hostName: 'hv-host-01' },
        }),
      ),
    );
    const job = started.value.job;
    expect(job.machines?.map((m) => [m.item, m.input])).toMatchObject([
      ['hv-app-01', { kind: 'PlannedFailover', hostName: 'hv-host-02', createVmIfNotFound: true }],
      ['hv-web-01', { kind: 'PlannedFailover', hostName: 'hv-host-01', encryptionKey: null }],
    ]);
    const done = advanceUntilJobsFinish(started.world);
    expect(lastJob(done)).toMatchObject({ scenario: 'PlannedFailover', state: 'Succeeded' });
    expect(itemOf(done, 'hv-app-01').onPremisesVm).toMatchObject({ exists: true, host: 'hv-host-02' });
    expect(itemOf(done, 'hv-web-01').onPremisesVm).toMatchObject({ exists: true, host: 'hv-host-01' });
    expect(worldReferenceProblems(done)).toEqual([]);
  });

  it('HV-5: without per-machine values the plan-wide ones apply to every machine (ARM route)', () => {
    const w = fresh('hyper-v-plan');
    const result = startPlanOperation(w, PLAN, {
      ...planned(),
      createVmIfNotFound: true,
      hostName: 'hv-host-02',
      encryptionKey: 'k.pfx',
    });
    expect(result.ok).toBe(true);
    // NoAction for the whole plan (the SDK's default) leaves hv-app-01's deleted VM uncreated.
    expect(startPlanOperation(w, PLAN, { ...planned(), encryptionKey: 'k.pfx' })).toMatchObject({
      ok: false,
      error: { ruleId: 'HV-5' },
    });
  });

  it('RPL-1: per-machine values may name only machines of the plan', () => {
    const w = fresh('hyper-v-plan');
    expect(
      startPlanOperation(w, PLAN, planned({ 'hv-app-01': appOnHost2, 'web-01': { hostName: 'hv-host-01' } })),
    ).toMatchObject({ ok: false, error: { ruleId: 'RPL-1', target: 'properties.items[web-01]' } });
  });
});

import { beforeEach, describe, expect, it } from 'vitest';
import { arm, ArmError } from '../../api/arm-client';
import { armPaths, simulatorPaths } from '../../api/arm-paths';
import type { ArmItem, ArmList } from '../../api/wire-types';
import { planPaths } from './recovery-plans-api';

const VAULT = 'contoso-vault';
const PLAN = 'plan-web-tier';

/** The default world plus a second Windows master target on cs-01's ESXi host (for RP-3). */
async function loadWithSecondWindowsMasterTarget() {
  await arm.post(simulatorPaths.loadScenario('default'), {});
  const world = await arm.get<{
    masterTargets: { name: string }[];
    volumes: { masterTarget: string; name: string }[];
  }>(simulatorPaths.scenario);
  const cs01 = world.masterTargets.find((mt) => mt.name === 'cs-01')!;
  world.masterTargets.push({ ...cs01, name: 'mt-win-02', ipAddress: '10.0.0.9' } as typeof cs01);
  for (const volume of world.volumes.filter((v) => v.masterTarget === 'cs-01'))
    world.volumes.push({ ...volume, masterTarget: 'mt-win-02' });
  await arm.put(simulatorPaths.scenario, world);
}

const machine = (id: string, masterTargetId: string) => ({
  replicationProtectedItemId: id,
  providerSpecificDetails: {
    instanceType: 'InMage',
    masterTargetId,
    processServerId: 'ps-azure-01',
    datastoreName: 'datastore-vmfs-01',
    retentionDrive: 'R:',
    profileId: 'contoso-policy-failback',
  },
});

describe('plan re-protect over the real handlers (RPL-1, RP-3)', () => {
  let ids: Record<string, string>;
  beforeEach(async () => {
    await loadWithSecondWindowsMasterTarget();
    const items = await arm.get<ArmList<ArmItem>>(armPaths.items(VAULT));
    ids = Object.fromEntries(items.value.map((item) => [item.name, item.id]));
  });

  it('RP-3: the API refuses different master targets in rg-web, names web-03', async () => {
    const body = {
      properties: {
        failoverDirection: 'RecoveryToPrimary',
        items: [machine(ids['web-02'], 'cs-01'), machine(ids['web-03'], 'mt-win-02')],
      },
    };
    const error = await arm.post(planPaths.reProtect(VAULT, PLAN), body).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ArmError);
    expect((error as ArmError).message).toMatch(/RP-3|same master target/);
    expect((error as ArmError).target).toMatch(/web-03/);
  });

  it('RPL-1: the plan eligibility allows re-protect, and the same master target starts one job', async () => {
    const eligibility = await arm.get<{ operations: { reProtect: { allowed: boolean } } }>(
      planPaths.eligibility(VAULT, PLAN),
    );
    expect(eligibility.operations.reProtect.allowed).toBe(true);
    const body = {
      properties: {
        failoverDirection: 'RecoveryToPrimary',
        items: [machine(ids['web-02'], 'cs-01'), machine(ids['web-03'], 'cs-01')],
      },
    };
    const response = await arm.post(planPaths.reProtect(VAULT, PLAN), body);
    expect(response.status).toBe(202);
  });
});

/**
 * Preset `plan-no-recovery-point` (LIFE-7 through a plan): web-02 and web-03 (replication group
 * rg-web, plan plan-web-tier) are Protected Azure → on-premises; web-02 has replicated for a few
 * hours, web-03's initial replication has produced no recovery point yet. The clock is paused so
 * web-03 stays without a point until time is moved (then it gets one every 5 minutes, POL-1).
 */
import { addTicks } from '../recovery-points';
import { ms } from '../time';
import type { World } from '../types';
import { defaultWorld } from './default';

export function planNoRecoveryPointWorld(): World {
  const world = defaultWorld('plan-no-recovery-point');
  world.speed = 0;
  for (const item of world.items.filter((i) => i.replicationGroup === 'rg-web')) {
    // LIFE-3 done through the plan (RP-3): both on cs-01, same master target.
    item.status = 'Protected';
    item.direction = 'AzureToOnPremises';
    item.activeSite = 'Azure';
    item.masterTarget = 'cs-01';
    item.processServer = 'ps-azure-01';
    item.datastore = 'datastore-vmfs-01';
    item.retentionDrive = 'R:';
    item.onPremisesVm.poweredOn = false; // LIFE-8
  }
  const web02 = world.items.find((i) => i.name === 'web-02');
  if (web02) addTicks(world, web02, ms(world.now) - 3 * 60 * 60_000, ms(world.now));
  return world;
}

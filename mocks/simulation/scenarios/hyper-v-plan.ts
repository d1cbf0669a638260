/**
 * Preset `hyper-v-plan` (RPL-1, HV-2..5 through a plan): recovery plan `plan-hyper-v` holds two
 * Hyper-V VMs failed over to Azure and committed. hv-app-01's cloud encrypts data (HV-4) and its
 * on-premises VM was deleted, so the plan's planned failover must create it on a host (HV-5);
 * hv-web-01 still has its VM on hv-host-02. The plan pane asks the Hyper-V fields (§14).
 */
import type { World } from '../types';
import { defaultWorld } from './default';

export const HYPER_V_PLAN = 'plan-hyper-v';

export function hyperVPlanWorld(): World {
  const world = defaultWorld('hyper-v-plan');
  const hv = world.items.find((i) => i.name === 'hv-app-01');
  if (!hv) throw new Error('preset: no hv-app-01');
  hv.encrypted = true;
  hv.recoveryPlan = HYPER_V_PLAN;
  hv.onPremisesVm = { ...hv.onPremisesVm, exists: false };
  world.items.push({
    ...structuredClone(hv),
    name: 'hv-web-01',
    encrypted: false,
    diskGB: 48,
    onPremisesVm: { ...hv.onPremisesVm, exists: true, host: 'hv-host-02' },
  });
  world.recoveryPlans.push({ name: HYPER_V_PLAN, items: ['hv-app-01', 'hv-web-01'] });
  return world;
}

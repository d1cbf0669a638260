/** Scenario presets (docs/ui-names.md §10): `default` first. */
import type { World } from '../types';
import { defaultWorld } from './default';
import { failurePresets } from './failure-presets';
import { hyperVPlanWorld } from './hyper-v-plan';
import { planNoRecoveryPointWorld } from './plan-no-recovery-point';
import { runbookPresets } from './runbook-presets';

export interface ScenarioInfo {
  id: string;
  title: string;
}

interface Preset extends ScenarioInfo {
  build: () => World;
}

const presets: Preset[] = [
  { id: 'default', title: 'Failback runbook (contoso-vault)', build: () => defaultWorld('default') },
  {
    id: 'vpn-down',
    title: 'Site-to-site VPN disconnected (RP-4)',
    build: () => {
      const w = defaultWorld('vpn-down');
      w.environment.vpnConnected = false;
      return w;
    },
  },
  {
    id: 'plan-no-recovery-point',
    title: 'Plan failback while web-03 has no recovery point (LIFE-7)',
    build: planNoRecoveryPointWorld,
  },
  {
    id: 'hyper-v-plan',
    title: 'Hyper-V plan failback to an alternate host (HV-4, HV-5)',
    build: hyperVPlanWorld,
  },
  // Issue 5: one preset per failure family (failure-presets.ts).
  ...failurePresets,
  // Runbooks (docs/runbooks.md §2) that no failure family fits.
  ...runbookPresets,
];

export function listScenarios(): ScenarioInfo[] {
  return presets.map(({ id, title }) => ({ id, title }));
}

/** Scenario ids match case-insensitively, like every name on the wire (docs/api.md §1). */
export function loadScenario(id: string): World | null {
  const preset = presets.find((p) => p.id.toLowerCase() === id.toLowerCase());
  return preset ? preset.build() : null;
}

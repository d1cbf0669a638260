// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { listScenarios, loadScenario } from './index';

describe('scenarios (docs/ui-names.md §10)', () => {
  it('lists default first and vpn-down', () => {
    // Other presets (plan-no-recovery-point, infrastructure ones) follow these two.
    const ids = listScenarios().map((s) => s.id);
    expect(ids.slice(0, 2)).toEqual(['default', 'vpn-down']);
    expect(ids).toContain('plan-no-recovery-point');
  });

  it('loads the default vault exactly', () => {
    const w = loadScenario('default');
    expect(w).not.toBeNull();
    if (!w) return;
    expect(w.vault).toMatchObject({
      name: 'contoso-vault',
      resourceGroup: 'contoso-dr-rg',
      subscriptionName: 'Contoso Production',
      subscriptionId: '6f1c2a9e-0b6d-4e4c-9a55-3c1d2e7f8a10',
      location: 'westeurope',
    });
    expect(w.now).toBe('2026-11-23T09:00:00.000Z');
    expect(w.speed).toBe(60);
    expect(w.role).toBe('Contributor');
    expect(w.environment.vpnConnected).toBe(true);
    expect(w.items.map((i) => i.name)).toEqual([
      'web-01',
      'db-01',
      'app-01',
      'file-01',
      'legacy-01',
      'hv-app-01',
      'web-02',
      'web-03',
    ]);
    expect(w.processServers.map((p) => [p.name, p.location, p.heartbeat])).toEqual([
      ['cs-01', 'OnPremises', true],
      ['ps-azure-01', 'Azure', true],
      ['ps-scaleout-02', 'OnPremises', false],
    ]);
    expect(w.recoveryPlans).toEqual([
      { name: 'plan-web-tier', items: ['web-02', 'web-03'] },
      { name: 'plan-app-tier', items: ['app-01'] }, // TF-1: a forward-protected plan
    ]);
  });

  it('POL-1: the failback policy is RPO 15, retention 24 h, app-consistent 60', () => {
    const w = loadScenario('default');
    expect(w?.policies.find((p) => p.kind === 'Failback')).toMatchObject({
      name: 'contoso-policy-failback',
      rpoThresholdMinutes: 15,
      retentionHours: 24,
      appConsistentFrequencyMinutes: 60,
    });
  });

  it('seeds 24 h of recovery points for app-01 only (crash 5 min, app 60 min)', () => {
    const w = loadScenario('default');
    const points = w?.recoveryPoints ?? [];
    expect(new Set(points.map((p) => p.item))).toEqual(new Set(['app-01']));
    expect(points).toHaveLength(288);
    expect(points.filter((p) => p.type === 'ApplicationConsistent')).toHaveLength(24);
  });

  it('is deterministic (seeded ids) and ids are case-insensitive', () => {
    expect(loadScenario('default')).toEqual(loadScenario('DEFAULT'));
    expect(loadScenario('nope')).toBeNull();
  });

  it('RP-4: vpn-down is the default world with the VPN disconnected', () => {
    const w = loadScenario('vpn-down');
    expect(w?.environment.vpnConnected).toBe(false);
    expect(w?.scenario).toBe('vpn-down');
  });
});

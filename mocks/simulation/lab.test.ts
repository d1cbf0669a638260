// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { advanceClock } from './clock';
import { labDocument, patchLab } from './lab';
import { fresh, itemOf, unwrap } from './test-helpers';

describe('Lab document', () => {
  it('is keyed by component and name', () => {
    const doc = labDocument(fresh()) as Record<string, Record<string, unknown>>;
    expect(doc.network).toEqual({ vpnConnected: true, expressRoutePrivatePeering: false });
    expect(doc.vcenter).toEqual({ account: 'Administrator', alternateDiscovered: false });
    expect(doc.hyperV).toEqual({ hostConnected: true });
    expect(doc.configurationServers['cs-01']).toMatchObject({ connected: true });
    expect(doc.processServers['ps-azure-01']).toMatchObject({
      heartbeat: true,
      location: 'Azure',
      deploymentModel: 'ResourceManager',
    });
    expect(doc.masterTargets['cs-01']).toMatchObject({
      snapshots: false,
      attachedDisks: 12,
      scsiController: 'LSILogic',
      host: 'esxi-01',
    });
    expect(Object.keys((doc.masterTargets['cs-01'] as { volumes: object }).volumes)).toEqual([
      'C:',
      'R:',
      'E:',
      'F:',
      'G:',
      'H:',
    ]);
    expect(doc.esxiHosts['esxi-01']).toMatchObject({ licence: 'Licensed' });
    expect(doc.virtualMachines['web-01']).toMatchObject({
      azureVmRunning: true,
      azureAgentServiceRunning: true,
      onPremisesVmExists: true,
    });
  });

  it('PATCH is a JSON merge patch; names match case-insensitively', () => {
    const { world, value } = unwrap(
      patchLab(fresh(), {
        network: { vpnConnected: false },
        masterTargets: { 'CS-01': { snapshots: true } },
      }),
    );
    expect(world.environment.vpnConnected).toBe(false);
    expect(world.masterTargets[0].snapshots).toBe(true);
    expect((value.network as { vpnConnected: boolean }).vpnConnected).toBe(false);
  });

  it('unknown keys, names, wrong types and read-only fields are 400 with the path; the world is untouched', () => {
    const w = fresh();
    const copy = structuredClone(w);
    const cases: [unknown, string][] = [
      [{ nope: {} }, 'nope'],
      [{ network: { vpn: true } }, 'network.vpn'],
      [{ network: { vpnConnected: 'yes' } }, 'network.vpnConnected'],
      [{ processServers: { 'ps-99': { heartbeat: true } } }, 'processServers.ps-99'],
      [{ processServers: { 'cs-01': { location: 'Azure' } } }, 'processServers.cs-01.location'],
      [{ masterTargets: { 'cs-01': { attachedDisks: 1.5 } } }, 'masterTargets.cs-01.attachedDisks'],
      [{ esxiHosts: { 'esxi-01': { licence: 'Free' } } }, 'esxiHosts.esxi-01.licence'],
      [
        { masterTargets: { 'cs-01': { volumes: { 'S:': { fileSystem: 'NTFS' } } } } },
        'masterTargets.cs-01.volumes.S:',
      ],
      [[], ''],
    ];
    for (const [patch, target] of cases) {
      const r = patchLab(w, patch);
      expect(r.ok ? null : r.error).toMatchObject({ status: 400, code: 'InvalidParameter', target });
    }
    // Atomic: a good section before a bad one changes nothing.
    expect(patchLab(w, { network: { vpnConnected: false }, nope: 1 }).ok).toBe(false);
    expect(w).toEqual(copy);
  });

  it('LIFE-11: switching an Azure VM on sets bootedAt = now', () => {
    const off = unwrap(patchLab(fresh(), { virtualMachines: { 'web-01': { azureVmRunning: false } } })).world;
    const later = advanceClock(off, 30);
    const on = unwrap(patchLab(later, { virtualMachines: { 'web-01': { azureVmRunning: true } } })).world;
    expect(itemOf(on, 'web-01').azureVm).toMatchObject({
      running: true,
      bootedAt: '2026-11-23T09:30:00.000Z',
    });
    const app = patchLab(fresh(), { virtualMachines: { 'app-01': { azureVmRunning: true } } });
    expect(app.ok).toBe(false); // no Azure VM yet
  });

  it('RV-7: adding a volume stamps it with now; null removes it', () => {
    const added = unwrap(
      patchLab(fresh(), {
        masterTargets: { 'cs-01': { volumes: { 'S:': { fileSystem: 'ReFS', capacityGB: 50 } } } },
      }),
    ).world;
    expect(added.volumes.find((v) => v.name === 'S:')).toMatchObject({
      masterTarget: 'cs-01',
      fileSystem: 'ReFS',
      capacityGB: 50,
      addedAt: added.now,
      cache: false,
      locked: false,
      usage: 'None',
    });
    const removed = unwrap(
      patchLab(added, { masterTargets: { 'cs-01': { volumes: { 'S:': null, 'G:': { locked: false } } } } }),
    ).world;
    expect(removed.volumes.some((v) => v.name === 'S:')).toBe(false);
    expect(removed.volumes.find((v) => v.name === 'G:')?.locked).toBe(false);
  });
});

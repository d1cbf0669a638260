// @vitest-environment node
/** The Lab facts of issue 5 (docs/ui-names.md §8): each change visible at once, after discovery or on Refresh server. */
import { describe, expect, it } from 'vitest';
import { advanceClock } from './clock';
import { fieldEligibility } from './fields';
import { labDocument, patchLab } from './lab';
import { refreshConfigurationServer } from './misc';
import { failureLasts } from './failures-health';
import { fresh, reprotectBack, run, unwrap } from './test-helpers';
import type { World } from './types';

const lab = (w: World, patch: unknown) => unwrap(patchLab(w, patch)).world;
const fields = (w: World) =>
  unwrap(fieldEligibility(w, 'web-01', 'reProtect', { masterTarget: 'cs-01' })).value;
const values = (list: { value: string }[] | undefined) => (list ?? []).map((o) => o.value);

describe('Lab: datastores, hosts and VMs (issue 5)', () => {
  it('RV-7 / DS-1: a datastore added in the Lab is listed after the next discovery (≤ 15 min) or Refresh server', () => {
    const w = lab(fresh(), {
      datastores: { 'datastore-vmfs-04': { host: 'esxi-01', type: 'VMFS', capacityGB: 1024 } },
    });
    expect(labDocument(w).datastores).toHaveProperty('datastore-vmfs-04');
    expect(values(fields(w).datastore?.options)).not.toContain('datastore-vmfs-04');
    expect(values(fields(w).datastore?.excluded)).toContain('datastore-vmfs-04');
    expect(values(fields(advanceClock(w, 15)).datastore?.options)).toContain('datastore-vmfs-04');
    const refreshed = unwrap(refreshConfigurationServer(w, 'cs-01')).world;
    expect(values(fields(refreshed).datastore?.options)).toContain('datastore-vmfs-04');
  });

  it('Lab: a datastore is removed with null; bad host, type or capacity → 400 with the path, world untouched', () => {
    const removed = lab(fresh(), { datastores: { 'datastore-vsan-01': null } });
    expect(removed.datastores.map((d) => d.name)).not.toContain('datastore-vsan-01');
    for (const [body, target] of [
      [{ host: 'nope', type: 'VMFS', capacityGB: 1 }, 'datastores.x.host'],
      [{ host: 'esxi-01', type: 'FAT', capacityGB: 1 }, 'datastores.x.type'],
      [{ host: 'esxi-01', type: 'VMFS', capacityGB: -1 }, 'datastores.x.capacityGB'],
    ] as const) {
      const r = patchLab(fresh(), { datastores: { x: body } });
      expect(r.ok ? null : r.error).toMatchObject({ status: 400, target });
    }
    const r = patchLab(fresh(), { datastores: { 'datastore-vmfs-01': { mountedOnHosts: ['nope'] } } });
    expect(r.ok ? null : r.error).toMatchObject({ target: 'datastores.datastore-vmfs-01.mountedOnHosts' });
    const t = patchLab(fresh(), { esxiHosts: { 'esxi-01': { isolatedVms: 'web-01' } } });
    expect(t.ok ? null : t.error).toMatchObject({ target: 'esxiHosts.esxi-01.isolatedVms' });
  });

  it('RV-7: preset retention-drive-pending shows S: after the next discovery or at once on Refresh server', () => {
    const w = fresh('retention-drive-pending');
    expect(values(fields(w).retentionDrive?.excluded)).toContain('S:');
    expect(values(fields(advanceClock(w, 8)).retentionDrive?.options)).not.toContain('S:');
    expect(values(fields(advanceClock(w, 15)).retentionDrive?.options)).toContain('S:');
    expect(
      values(fields(unwrap(refreshConfigurationServer(w, 'cs-01')).world).retentionDrive?.options),
    ).toContain('S:');
  });

  it('Lab document carries the issue-5 facts with their defaults', () => {
    const doc = labDocument(fresh()) as Record<string, Record<string, Record<string, unknown>>>;
    expect(doc.esxiHosts['esxi-01']).toMatchObject({
      enoughMemory: true,
      isolatedVms: [],
      licence: 'Licensed',
    });
    expect(doc.datastores['datastore-vmfs-01']).toMatchObject({
      accessible: true,
      mountedOnHosts: ['esxi-01'],
    });
    expect(doc.virtualMachines['web-01']).toMatchObject({
      inCsDatabase: true,
      azureDeploymentModel: 'ResourceManager',
      onPremisesVmExists: true,
    });
  });
});

describe('item health while the problem lasts (docs/api.md §5)', () => {
  it('ERR 990001 (RP-2): the failed job counts as a lasting problem until the Lab fix clears it', () => {
    const failed = run(fresh('mt-snapshots'), 'web-01', reprotectBack());
    const job = failed.jobs[failed.jobs.length - 1];
    expect(failureLasts(failed, job)).toBe(true);
    expect(failureLasts(lab(failed, { masterTargets: { 'cs-01': { snapshots: false } } }), job)).toBe(false);
  });

  it('ERR 990000 (LIFE-11): the agent problem clears by itself after 15 minutes', () => {
    const failed = run(fresh('agent-not-registered'), 'web-01', reprotectBack());
    const job = failed.jobs[failed.jobs.length - 1];
    expect(failureLasts(failed, job)).toBe(true);
    expect(failureLasts(advanceClock(failed, 15), job)).toBe(false);
  });
});

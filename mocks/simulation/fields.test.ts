// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { fieldEligibility } from './fields';
import { patchLab } from './lab';
import { refreshConfigurationServer } from './misc';
import { fresh, unwrap } from './test-helpers';
import type { World } from './types';

const fields = (w: World, item: string, masterTarget?: string) =>
  unwrap(fieldEligibility(w, item, 'reProtect', masterTarget ? { masterTarget } : {})).value;
const values = (f: { options: { value: string }[] }) => f.options.map((o) => o.value);
const excluded = (f: { excluded: { value: string; ruleId: string }[] }) =>
  f.excluded.map((o) => [o.value, o.ruleId]);

describe('fieldEligibility: reProtect Azure → on-premises', () => {
  it('MT-1: only master targets with the VM\u2019s OS are offered', () => {
    const f = fields(fresh(), 'web-01');
    expect(values(f.masterTarget)).toEqual(['cs-01']);
    expect(f.masterTarget.excluded).toEqual([
      expect.objectContaining({
        value: 'mt-linux-01',
        ruleId: 'MT-1',
        reason: "OS (Linux) doesn't match the virtual machine's OS (Windows)",
      }),
    ]);
    expect(values(fields(fresh(), 'db-01').masterTarget)).toEqual(['mt-linux-01']);
    expect(f.masterTarget.default).toBeNull();
  });

  it('PS-2: a process server without heartbeat is excluded; both Azure and on-prem ones are offered', () => {
    const f = fields(fresh(), 'web-01').processServer;
    expect(values(f)).toEqual(['cs-01', 'ps-azure-01']);
    expect(f.options.find((o) => o.value === 'ps-azure-01')?.label).toBe('ps-azure-01 (Azure)');
    expect(excluded(f)).toEqual([['ps-scaleout-02', 'PS-2']]);
  });

  it('PS-4: an Azure process server of the classic model is excluded', () => {
    const w = fresh();
    w.processServers[1].deploymentModel = 'Classic';
    expect(excluded(fields(w, 'web-01').processServer)).toContainEqual(['ps-azure-01', 'PS-4']);
  });

  it('DS-1, DS-3: VMFS and vSAN on the MT\u2019s host are listed; NFS never', () => {
    const f = fields(fresh(), 'web-01', 'cs-01').datastore;
    expect(values(f)).toEqual(['datastore-vmfs-01', 'datastore-vsan-01']);
    expect(f.options[0].label).toBe('datastore-vmfs-01 (VMFS, 1024 GB free)');
    expect(f.excluded).toEqual([
      expect.objectContaining({
        value: 'datastore-nfs-01',
        ruleId: 'DS-1',
        reason: 'NFS datastores are not supported for failback',
      }),
    ]);
    expect(values(fields(fresh(), 'db-01', 'mt-linux-01').datastore)).toEqual(['datastore-vmfs-02']);
  });

  it('DS-2: datastores and retention drives appear only once a master target is given', () => {
    const f = fields(fresh(), 'web-01');
    expect(f.datastore).toBeUndefined();
    expect(f.retentionDrive).toBeUndefined();
  });

  it('DS-4: with a read-only vCenter account no datastore is listed', () => {
    const w = unwrap(patchLab(fresh(), { vcenter: { account: 'ReadOnly' } })).world;
    const f = fields(w, 'web-01', 'cs-01').datastore;
    expect(f.options).toEqual([]);
    expect(f.excluded.map((e) => e.ruleId)).toEqual(['DS-4', 'DS-4', 'DS-4']);
    expect(f.excluded[0].reason).toBe(
      'The vCenter account is read-only: datastores can\u2019t be discovered',
    );
  });

  it('RV-1..5: only eligible volumes are listed (R: on cs-01)', () => {
    const f = fields(fresh(), 'web-01', 'cs-01').retentionDrive;
    expect(values(f)).toEqual(['R:']);
    expect(f.options[0].label).toBe('R: (NTFS, 500 GB)');
  });

  it.each([
    ['RV-1', 'F:', 'Used as a replication target'],
    ['RV-2', 'G:', 'Locked'],
    ['RV-3', 'C:', 'Cache volume: the master target is installed on it'],
    ['RV-4', 'E:', 'FAT32 file systems are not supported'],
    ['RV-5', 'H:', 'Capacity is zero'],
  ])('%s: volume %s is excluded: %s', (rule, volume, reason) => {
    const f = fields(fresh(), 'web-01', 'cs-01').retentionDrive;
    expect(f.excluded).toContainEqual(expect.objectContaining({ value: volume, ruleId: rule, reason }));
  });

  it('RV-6: R: on Windows and /mnt/retention on Linux are the defaults', () => {
    expect(fields(fresh(), 'web-01', 'cs-01').retentionDrive.default).toBe('R:');
    const linux = fields(fresh(), 'db-01', 'mt-linux-01').retentionDrive;
    expect(linux.default).toBe('/mnt/retention');
    expect(excluded(linux)).toEqual([['/', 'RV-3']]);
  });

  it('RV-7: a new drive appears after the next discovery, or at once after Refresh server', () => {
    const added = unwrap(
      patchLab(fresh(), {
        masterTargets: { 'cs-01': { volumes: { 'S:': { fileSystem: 'NTFS', capacityGB: 100 } } } },
      }),
    ).world;
    expect(excluded(fields(added, 'web-01', 'cs-01').retentionDrive)).toContainEqual(['S:', 'RV-7']);
    const refreshed = unwrap(refreshConfigurationServer(added, 'cs-01')).world;
    expect(values(fields(refreshed, 'web-01', 'cs-01').retentionDrive)).toEqual(['R:', 'S:']);
  });

  it('POL-2: the failback policy is the only option, preselected and read-only', () => {
    const f = fields(fresh(), 'web-01').policy;
    expect(values(f)).toEqual(['contoso-policy-failback']);
    expect(f.default).toBe('contoso-policy-failback');
    expect(f.readOnly).toBe(true);
  });

  it('an unknown master target is a 400 InvalidParameter; an unknown item 404', () => {
    const r = fieldEligibility(fresh(), 'web-01', 'reProtect', { masterTarget: 'nope' });
    expect(r.ok ? null : r.error.status).toBe(400);
    const n = fieldEligibility(fresh(), 'nope', 'reProtect', {});
    expect(n.ok ? null : n.error.status).toBe(404);
  });
});

describe('fieldEligibility: other operations', () => {
  it('PS-1: re-protect on-prem → Azure offers on-prem process servers with heartbeat only', () => {
    const w = fresh();
    const app = w.items.find((i) => i.name === 'app-01');
    if (app) {
      app.status = 'FailoverCommitted';
      app.direction = 'None';
    }
    const f = fields(w, 'app-01').processServer;
    expect(values(f)).toEqual(['cs-01']);
    expect(f.excluded.map((e) => [e.value, e.ruleId, e.reason])).toEqual([
      ['ps-azure-01', 'PS-1', 'An Azure process server serves failback only'],
      ['ps-scaleout-02', 'PS-2', expect.any(String)],
    ]);
  });

  it('FO-1: unplanned failover lists Latest, Latest processed, Latest app-consistent, Custom, then the points', () => {
    const f = unwrap(fieldEligibility(fresh(), 'app-01', 'unplannedFailover', {})).value.recoveryPoint;
    expect(values(f).slice(0, 4)).toEqual(['Latest', 'LatestProcessed', 'LatestAppConsistent', 'Custom']);
    expect(f.options).toHaveLength(4 + 288);
    expect(f.default).toBe('Latest');
    expect(f.options[4].label).toBe('2026-11-23T09:00:00.000Z ApplicationConsistent');
  });
});

// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { advanceClock, advanceUntilJobsFinish } from '../clock';
import { patchLab } from '../lab';
import { refreshConfigurationServer } from '../misc';
import { startOperation } from '../operations';
import { fresh, reprotectBack, unwrap } from '../test-helpers';
import type { World } from '../types';
import { evaluateCondition, type ConditionContext } from './conditions';
import { conditionSchema } from './schema';
import { conditionKinds } from './test-driver';
import type { Condition, ConditionKind } from './types';

const START = '2026-11-23T09:00:00.000Z';
const ctx = (doneAt: Record<string, string> = {}): ConditionContext => ({
  startedAt: START,
  doneAt: (id) => doneAt[id] ?? null,
});
const holds = (w: World, c: Condition, context = ctx()) => {
  expect(conditionSchema.safeParse(c).success, JSON.stringify(c)).toBe(true);
  return evaluateCondition(w, c, context);
};
const lab = (w: World, patch: unknown) => unwrap(patchLab(w, patch)).world;

/** web-01 re-protected Azure → on-premises (LIFE-3), job finished. */
const reprotected = () =>
  advanceUntilJobsFinish(unwrap(startOperation(fresh(), 'web-01', reprotectBack())).world);
/** web-01's re-protect failed with 95226 (RP-4). */
const failed95226 = () =>
  advanceUntilJobsFinish(
    unwrap(startOperation(lab(fresh(), { network: { vpnConnected: false } }), 'web-01', reprotectBack()))
      .world,
  );

const tested = new Set<ConditionKind>();
/** Each kind: a world where it holds and one where it does not. */
function both(c: Condition, yes: World, no: World, context = ctx()) {
  tested.add(c.kind);
  expect(holds(yes, c, context), `true: ${JSON.stringify(c)}`).toBe(true);
  expect(holds(no, c, context), `false: ${JSON.stringify(c)}`).toBe(false);
}

describe('runbook conditions: each kind true and false (docs/runbooks.md §1)', () => {
  it('itemStatus (one or a list), activeLocation, replicationDirection, machineType', () => {
    both({ kind: 'itemStatus', item: 'web-01', status: 'Protected' }, reprotected(), fresh());
    both(
      { kind: 'itemStatus', item: 'web-01', status: ['Reprotecting', 'Protected'] },
      reprotected(),
      fresh(),
    );
    both({ kind: 'activeLocation', item: 'app-01', location: 'OnPremises' }, fresh(), inAzure('app-01'));
    both(
      { kind: 'replicationDirection', item: 'web-01', direction: 'AzureToOnPremises' },
      reprotected(),
      fresh(),
    );
    const physical = fresh();
    const converted = fresh();
    converted.items.find((i) => i.name === 'file-01')!.machineType = 'VMwareVM'; // LIFE-9
    both({ kind: 'machineType', item: 'file-01', machineType: 'PhysicalServer' }, physical, converted);
    // An unknown item is false, not an error.
    expect(holds(fresh(), { kind: 'itemStatus', item: 'nope', status: 'Protected' })).toBe(false);
  });

  it('replicationHealth: Normal after a re-protect; Critical while 95226 lasts; None when not replicating', () => {
    const failing = failed95226();
    // The failed re-protect returned web-01 to Failover committed: not replicating.
    both({ kind: 'replicationHealth', item: 'web-01', health: 'Normal' }, reprotected(), failing);
    both({ kind: 'replicationHealth', item: 'web-01', health: 'None' }, fresh(), reprotected());
    const corrupted = reprotected();
    corrupted.items.find((i) => i.name === 'web-01')!.corrupted = true; // HV-7
    both(
      { kind: 'replicationHealth', item: 'web-01', health: ['Critical', 'Warning'] },
      corrupted,
      reprotected(),
    );
  });

  it('itemSettings: master target, process server (and its location), datastore, retention drive', () => {
    both(
      {
        kind: 'itemSettings',
        item: 'web-01',
        masterTarget: 'cs-01',
        processServer: 'ps-azure-01',
        processServerLocation: 'Azure',
        datastore: 'datastore-vmfs-01',
        retentionDrive: 'R:',
      },
      reprotected(),
      fresh(),
    );
    expect(
      holds(reprotected(), { kind: 'itemSettings', item: 'web-01', processServerLocation: 'OnPremises' }),
    ).toBe(false);
  });

  it('job: type, item, plan, direction, status and error code (the wire scenarioName)', () => {
    both(
      { kind: 'job', type: 'Reprotect', item: 'web-01', direction: 'AzureToOnPremises', status: 'Succeeded' },
      reprotected(),
      failed95226(),
    );
    both(
      { kind: 'job', type: 'Reprotect', errorCode: '95226', status: ['Failed'] },
      failed95226(),
      reprotected(),
    );
    expect(holds(reprotected(), { kind: 'job', type: 'Reprotect', direction: 'OnPremisesToAzure' })).toBe(
      false,
    );
    expect(holds(reprotected(), { kind: 'job', item: 'db-01' })).toBe(false);
    expect(holds(reprotected(), { kind: 'job', plan: 'plan-web-tier' })).toBe(false);
    expect(holds(fresh(), { kind: 'job' })).toBe(false);
    // Only jobs started since the runbook started count (history in the scenario does not).
    const later = ctx();
    later.startedAt = '2026-11-23T10:00:00.000Z';
    expect(holds(reprotected(), { kind: 'job', type: 'Reprotect' }, later)).toBe(false);
  });

  it('Lab facts: VPN, VM running (Azure / on-premises), heartbeat, vCenter account', () => {
    const w = fresh();
    const off = lab(w, {
      network: { vpnConnected: false },
      virtualMachines: { 'web-01': { azureVmRunning: false } },
      processServers: { 'ps-azure-01': { heartbeat: false } },
      vcenter: { account: 'ReadOnly' },
    });
    both({ kind: 'vpnConnected', connected: true }, w, off);
    both({ kind: 'vmRunning', item: 'web-01', site: 'Azure', running: true }, w, off);
    const stopped = fresh();
    stopped.items.find((i) => i.name === 'app-01')!.onPremisesVm.poweredOn = false;
    both({ kind: 'vmRunning', item: 'app-01', site: 'OnPremises', running: true }, w, stopped);
    both({ kind: 'processServerHeartbeat', processServer: 'ps-azure-01', heartbeat: true }, w, off);
    both({ kind: 'vcenterAccount', account: 'Administrator' }, w, off);
  });

  it('agentRegistered (LIFE-11): false within 15 minutes of a boot, true after', () => {
    const booted = lab(lab(fresh(), { virtualMachines: { 'web-01': { azureVmRunning: false } } }), {
      virtualMachines: { 'web-01': { azureVmRunning: true } },
    });
    both(
      { kind: 'agentRegistered', item: 'web-01', site: 'Azure' },
      advanceClock(booted, 15),
      advanceClock(booted, 14),
    );
    expect(holds(fresh(), { kind: 'agentRegistered', item: 'web-01', site: 'OnPremises' })).toBe(false); // powered off
  });

  it('volume: present, added after start, visible after discovery (RV-7), offered as retention drive', () => {
    const added = lab(fresh(), {
      masterTargets: { 'cs-01': { volumes: { 'S:': { fileSystem: 'NTFS', capacityGB: 100 } } } },
    });
    const refreshed = unwrap(refreshConfigurationServer(added, 'cs-01')).world;
    both({ kind: 'volume', masterTarget: 'cs-01', name: 'S:' }, added, fresh());
    both({ kind: 'volume', masterTarget: 'cs-01', addedAfterStart: true }, added, fresh());
    both({ kind: 'volume', masterTarget: 'cs-01', name: 'S:', visible: true }, refreshed, added);
    both({ kind: 'volume', masterTarget: 'cs-01', name: 'S:', visible: false }, added, refreshed);
    both({ kind: 'volume', masterTarget: 'cs-01', name: 'S:', offered: true }, refreshed, added);
    // RV-4: a FAT32 drive is visible but never offered.
    expect(
      holds(fresh(), { kind: 'volume', masterTarget: 'cs-01', name: 'E:', visible: true, offered: false }),
    ).toBe(true);
    expect(holds(fresh(), { kind: 'volume', masterTarget: 'nope' })).toBe(false);
  });

  it('datastore: present (named or on a host), visible, offered in Re-protect (DS-1, DS-4)', () => {
    const readOnly = lab(fresh(), { vcenter: { account: 'ReadOnly' } });
    both({ kind: 'datastore', datastore: 'datastore-vmfs-01', offered: true }, fresh(), readOnly);
    both(
      { kind: 'datastore', host: 'esxi-02', visible: true },
      fresh(),
      lab(fresh(), { datastores: { 'datastore-vmfs-02': null } }),
    );
    // DS-1: NFS is visible but never offered.
    expect(
      holds(fresh(), { kind: 'datastore', datastore: 'datastore-nfs-01', visible: true, offered: false }),
    ).toBe(true);
    tested.add('datastore');
  });

  it('processServer: under a configuration server, by location / heartbeat / visibility (PS-3)', () => {
    const none = fresh();
    none.processServers = none.processServers.filter((p) => p.location !== 'Azure');
    both(
      { kind: 'processServer', configurationServer: 'cs-01', location: 'Azure', heartbeat: true },
      fresh(),
      none,
    );
    const pending = fresh();
    pending.processServers.find((p) => p.name === 'ps-azure-01')!.visibleFrom = '2026-11-23T09:12:00.000Z';
    both(
      { kind: 'processServer', configurationServer: 'cs-01', name: 'ps-azure-01' },
      advanceClock(pending, 12),
      pending,
    );
    both(
      { kind: 'processServer', configurationServer: 'cs-01', name: 'ps-azure-01', visible: false },
      pending,
      fresh(),
    );
    expect(holds(fresh(), { kind: 'processServer', configurationServer: 'cs-02' })).toBe(false);
  });

  it('elapsed: since the start or since a step was done', () => {
    both(
      { kind: 'elapsed', minutes: 15, since: 'start' },
      advanceClock(fresh(), 15),
      advanceClock(fresh(), 14),
    );
    const at = ctx({ a: '2026-11-23T09:10:00.000Z' });
    both(
      { kind: 'elapsed', minutes: 5, since: { step: 'a' } },
      advanceClock(fresh(), 15),
      advanceClock(fresh(), 14),
      at,
    );
    // A step not done yet: false.
    expect(holds(advanceClock(fresh(), 60), { kind: 'elapsed', minutes: 1, since: { step: 'b' } }, at)).toBe(
      false,
    );
  });

  it('allOf / anyOf / not', () => {
    const vpn: Condition = { kind: 'vpnConnected', connected: true };
    const cs: Condition = { kind: 'vcenterAccount', account: 'Administrator' };
    const down = lab(fresh(), { network: { vpnConnected: false } });
    both({ kind: 'allOf', conditions: [vpn, cs] }, fresh(), down);
    both({ kind: 'anyOf', conditions: [vpn, { kind: 'not', condition: cs }] }, fresh(), down);
    both({ kind: 'not', condition: vpn }, down, fresh());
  });

  it('every condition kind is covered above', () => {
    const kinds = conditionKinds();
    expect(kinds.length).toBeGreaterThan(15);
    expect(kinds.filter((k) => !tested.has(k as ConditionKind))).toEqual([]);
  });
});

function inAzure(item: string): World {
  const w = fresh();
  w.items.find((i) => i.name === item)!.activeSite = 'Azure';
  return w;
}

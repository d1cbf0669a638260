/**
 * Form-field eligibility (docs/api.md §2.2 `{S}{I}/eligibility`): what each combobox offers, what it
 * excludes and why (MT-1, PS-2, PS-4, DS-1..5, RV-1..7, POL-2, FO-1). Values are resource names;
 * labels start with the name (docs/ui-names.md §1).
 */
import { invalidParameter, notFound } from './errors';
import { alternateVcenterPending } from './failures';
import { findByName, findItem, sameName } from './lookup';
import { pointsOf } from './recovery-points';
import { removalOf } from './references';
import { testNetworkField } from './test-failover';
import { discovered, visibleProcessServers } from './visibility';
import type { MasterTarget, OperationName, ReplicatedItem, Result, Volume, World } from './types';

export interface FieldOption {
  value: string;
  label: string;
}
export interface ExcludedOption extends FieldOption {
  ruleId: string;
  reason: string;
}
export interface FieldEligibility {
  options: FieldOption[];
  excluded: ExcludedOption[];
  default: string | null;
  readOnly: boolean;
}
type Fields = Record<string, FieldEligibility>;

const field = (p: Partial<FieldEligibility> = {}): FieldEligibility => ({
  options: [],
  excluded: [],
  default: null,
  readOnly: false,
  ...p,
});

const SITE = { OnPremises: 'On-premises', Azure: 'Azure' } as const;
/** Failed-over VMs are Resource Manager VMs (PS-4); the world has no classic VMs yet. */
const FAILED_OVER_MODEL = 'ResourceManager';

export function masterTargetField(world: World, item: ReplicatedItem): FieldEligibility {
  const f = field();
  for (const mt of world.masterTargets.filter((m) => m.configurationServer === item.configurationServer)) {
    const label = `${mt.name} (${mt.os}, ${mt.host})`;
    if (mt.os === item.os) f.options.push({ value: mt.name, label });
    else
      f.excluded.push({
        value: mt.name,
        label,
        ruleId: 'MT-1',
        reason: `OS (${mt.os}) doesn't match the virtual machine's OS (${item.os})`,
      });
  }
  return f;
}

export function processServerField(world: World, item: ReplicatedItem, failback: boolean): FieldEligibility {
  const f = field();
  for (const ps of visibleProcessServers(world, item.configurationServer)) {
    const label = `${ps.name} (${SITE[ps.location]})`;
    const exclude = (ruleId: string, reason: string) =>
      f.excluded.push({ value: ps.name, label, ruleId, reason });
    if (removalOf(world, ps.name)) exclude('PS-5', 'The process server is being deleted');
    else if (!failback && ps.location === 'Azure')
      exclude('PS-1', 'An Azure process server serves failback only');
    else if (!ps.heartbeat)
      exclude(
        'PS-2',
        'No heartbeat: the process server isn\u2019t connected to the configuration server (port 443)',
      );
    else if (
      ps.location === 'Azure' &&
      ps.deploymentModel !== (item.azureDeploymentModel ?? FAILED_OVER_MODEL)
    ) {
      // PS-4: per item (a classic VM needs a classic PS).
      const model = item.azureDeploymentModel === 'Classic' ? 'Classic' : 'Resource Manager';
      exclude(
        'PS-4',
        `Deployment model (${ps.deploymentModel ?? 'unknown'}) doesn't match the failed-over virtual machine (${model})`,
      );
    } else if (
      ps.location === 'Azure' &&
      ps.network &&
      item.azureNetwork &&
      !sameName(ps.network, item.azureNetwork)
    ) {
      // PS-3 (§14): the Azure PS is on one network; only machines on that network may use it.
      exclude('PS-3', `On network ${ps.network}: the virtual machine failed over to ${item.azureNetwork}`);
    } else f.options.push({ value: ps.name, label });
  }
  return f;
}

export function datastoreField(world: World, mt: MasterTarget): FieldEligibility {
  const f = field();
  const host = findByName(world.esxiHosts, mt.host);
  for (const ds of world.datastores.filter((d) => d.host === mt.host)) {
    const label = `${ds.name} (${ds.type}, ${ds.freeGB} GB free)`;
    const exclude = (ruleId: string, reason: string) =>
      f.excluded.push({ value: ds.name, label, ruleId, reason });
    if (world.environment.vcenterAccount === 'ReadOnly')
      exclude('DS-4', 'The vCenter account is read-only: datastores can\u2019t be discovered');
    // MT-3 (§14): without VMware Tools (open-vm-tools count) the MT's datastores aren't discovered.
    else if (!mt.vmwareTools)
      exclude(
        'MT-3',
        'VMware Tools aren\u2019t running on the master target: its datastores can\u2019t be discovered',
      );
    else if (host && alternateVcenterPending(world, host.name, mt.configurationServer)) {
      exclude('DS-5', `The alternate vCenter ${host.vcenter} hasn't been discovered yet`);
    } else if (!discovered(world, mt.configurationServer, ds.addedAt)) {
      exclude(
        'RV-7',
        'Not discovered yet: it appears within 15 minutes, or refresh the configuration server',
      );
    } else if (ds.type === 'NFS') exclude('DS-1', 'NFS datastores are not supported for failback');
    else f.options.push({ value: ds.name, label });
  }
  return f;
}

/** RV-1..5 in order: the first that fails excludes the volume. */
function volumeProblem(v: Volume): [string, string] | null {
  if (v.usage !== 'None') return ['RV-1', 'Used as a replication target'];
  if (v.locked) return ['RV-2', 'Locked'];
  if (v.cache) return ['RV-3', 'Cache volume: the master target is installed on it'];
  if (v.fileSystem === 'FAT' || v.fileSystem === 'FAT32')
    return ['RV-4', `${v.fileSystem} file systems are not supported`];
  if (v.capacityGB <= 0) return ['RV-5', 'Capacity is zero'];
  return null;
}

export const defaultRetentionDrive = (mt: MasterTarget): string =>
  mt.os === 'Windows' ? 'R:' : '/mnt/retention';

export function retentionDriveField(world: World, mt: MasterTarget): FieldEligibility {
  const f = field();
  for (const v of world.volumes.filter((x) => x.masterTarget === mt.name)) {
    const label = `${v.name} (${v.fileSystem}, ${v.capacityGB} GB)`;
    const problem: [string, string] | null = discovered(world, mt.configurationServer, v.addedAt)
      ? volumeProblem(v)
      : [
          'RV-7',
          'Added after the last discovery: it appears within 15 minutes, or refresh the configuration server',
        ];
    if (problem) f.excluded.push({ value: v.name, label, ruleId: problem[0], reason: problem[1] });
    else f.options.push({ value: v.name, label });
  }
  // RV-6: the conventional drive is preselected when it is eligible.
  const def = defaultRetentionDrive(mt);
  f.default = f.options.some((o) => o.value === def) ? def : null;
  return f;
}

export function policyField(world: World): FieldEligibility {
  const options = world.policies
    .filter((p) => p.kind === 'Failback')
    .map((p) => ({
      value: p.name,
      label: `${p.name} (RPO ${p.rpoThresholdMinutes} min, retention ${p.retentionHours} h, app-consistent ${p.appConsistentFrequencyMinutes} min)`,
    }));
  return field({ options, default: options[0]?.value ?? null, readOnly: true });
}

const directionField = (value: 'AzureToOnPremises' | 'OnPremisesToAzure') =>
  field({
    options: [
      { value, label: value === 'AzureToOnPremises' ? 'Azure to on-premises' : 'On-premises to Azure' },
    ],
    default: value,
    readOnly: true,
  });

/** FO-1: the four choices, then every point (newest first), each with its time. */
export function recoveryPointField(world: World, item: ReplicatedItem): FieldEligibility {
  const points = pointsOf(world, item.name);
  const latestApp = points.find((p) => p.type === 'ApplicationConsistent');
  const f = field({ default: points.length ? 'Latest' : null });
  if (!points.length) return f;
  f.options.push(
    { value: 'Latest', label: `Latest (lowest RPO) ${points[0].time}` },
    { value: 'LatestProcessed', label: `Latest processed (low RTO) ${points[0].time}` },
  );
  if (latestApp)
    f.options.push({ value: 'LatestAppConsistent', label: `Latest app-consistent ${latestApp.time}` });
  f.options.push({ value: 'Custom', label: 'Custom' });
  for (const p of points) f.options.push({ value: p.id, label: `${p.time} ${p.type}` });
  return f;
}

/** HV-3, HV-5: the sync option and the hosts an alternate-location VM can be created on. */
function plannedFailoverFields(world: World, item: ReplicatedItem): Fields {
  const back = item.activeSite === 'Azure';
  const fields: Fields = { direction: directionField(back ? 'AzureToOnPremises' : 'OnPremisesToAzure') };
  if (!back) return fields;
  fields.dataSync = field({
    options: [
      {
        value: 'ForSynchronization',
        label: 'Synchronize data before failover (synchronize delta changes only)',
      },
      { value: 'ForDownTime', label: 'Synchronize data during failover only (full download)' },
    ],
    default: 'ForSynchronization',
  });
  const hosts = [
    ...new Set(
      world.items
        .filter((i) => i.machineType === 'HyperVVM' && i.onPremisesVm.host)
        .map((i) => i.onPremisesVm.host as string),
    ),
  ];
  fields.hostName = field({
    options: hosts.map((h) => ({ value: h, label: h })),
    default: item.onPremisesVm.host,
  });
  // HV-4: the cloud encrypts data: the key (certificate) must be given; any non-empty value passes.
  if (item.encrypted) {
    const cert = `${item.configurationServer}-encryption-key.pfx`;
    fields.encryptionKey = field({ options: [{ value: cert, label: cert }], default: cert });
  }
  return fields;
}

export function fieldEligibility(
  world: World,
  name: string,
  operation: OperationName,
  params: { masterTarget?: string },
): Result<Fields> {
  const item = findItem(world, name);
  if (!item) return { ok: false, error: notFound('replicationProtectedItems', name) };
  const fields: Fields = {};
  const toAzure = item.activeSite === 'OnPremises';
  if (operation === 'reProtect' && item.machineType === 'HyperVVM') {
    fields.direction = directionField('OnPremisesToAzure');
  } else if (operation === 'reProtect' && !toAzure) {
    fields.direction = directionField('AzureToOnPremises');
    fields.masterTarget = masterTargetField(world, item);
    fields.processServer = processServerField(world, item, true);
    if (params.masterTarget !== undefined) {
      const mt = findByName(world.masterTargets, params.masterTarget);
      if (!mt) {
        return {
          ok: false,
          error: invalidParameter(
            'masterTargetId',
            `Master target server '${params.masterTarget}' was not found`,
          ),
        };
      }
      fields.datastore = datastoreField(world, mt);
      fields.retentionDrive = retentionDriveField(world, mt);
    }
    fields.policy = policyField(world);
  } else if (operation === 'plannedFailover' && item.machineType === 'HyperVVM') {
    Object.assign(fields, plannedFailoverFields(world, item));
  } else if (operation === 'reProtect') {
    fields.direction = directionField('OnPremisesToAzure');
    fields.processServer = processServerField(world, item, false);
  } else if (operation === 'unplannedFailover' || operation === 'applyRecoveryPoint') {
    if (operation === 'unplannedFailover') {
      fields.direction = directionField(
        item.direction === 'AzureToOnPremises' ? 'AzureToOnPremises' : 'OnPremisesToAzure',
      );
    }
    fields.recoveryPoint = recoveryPointField(world, item);
  } else if (operation === 'testFailover') {
    // TF-1: forward only, from a recovery point, into an Azure network (TF-4: production warned).
    fields.direction = directionField('OnPremisesToAzure');
    fields.recoveryPoint = recoveryPointField(world, item);
    fields.network = testNetworkField(world);
  }
  return { ok: true, world, value: fields };
}

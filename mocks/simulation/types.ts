/**
 * The simulated world: every fact the Site Recovery rules depend on. Pure data, JSON-serialisable
 * (it is persisted as-is, versioned), no classes, no Dates: times are ISO 8601 UTC strings.
 * Resources are referenced by name; names are unique per kind and double as ids on the wire.
 */

import type {
  ConfigurationServer,
  Datastore,
  Environment,
  EsxiHost,
  MasterTarget,
  ProcessServer,
  Volume,
} from './infrastructure-types';
import type { OPERATION_NAMES } from '../../contract/operations';
import type { ITEM_STATUSES, SITES } from './schema-enums';
import type { Job, RecoveryPoint } from './job-types';
import type { RunbookRun } from './runbooks/types';
export type * from './infrastructure-types';
export type * from './job-types';

export type Iso = string;

export type OsFamily = 'Windows' | 'Linux';
export type MachineType = 'VMwareVM' | 'PhysicalServer' | 'HyperVVM';
export type Site = (typeof SITES)[number];
export type ReplicationDirection = 'OnPremisesToAzure' | 'AzureToOnPremises' | 'None';
export type Role = 'Contributor' | 'Operator' | 'Reader';
/** Clock speed: simulated seconds per real second; 0 = paused. */
export type ClockSpeed = 0 | 1 | 10 | 60 | 600;

/** docs/ui-names.md §3 status table; the wire maps each to protectionState (docs/api.md §3.1). */
export type ItemStatus = (typeof ITEM_STATUSES)[number];

export type ReplicationHealth = 'Normal' | 'Warning' | 'Critical' | 'None';

/** RP-5: why failback can never happen for this item (null = it can). */
export type FailbackBlocker =
  | 'MigrationCompleted'
  | 'MovedResourceGroup'
  | 'AzureVmDeleted'
  | 'ProtectionDisabled'
  | 'CreatedInAzure'
  | 'TargetNotEsxi'
  | 'Windows2008R2Physical';

export interface AzureVm {
  exists: boolean;
  running: boolean;
  /** LIFE-11: the agent registers with the CS up to 15 minutes after this boot. */
  bootedAt: Iso | null;
  /** 95226 cause: the Scout application service in the VM. */
  agentServiceRunning: boolean;
}

export interface OnPremisesVm {
  exists: boolean;
  poweredOn: boolean;
  host: string | null;
  datastore: string | null;
  /** LIFE-11: last boot of the on-prem VM (the agent re-registers within 15 min); null = unknown/long ago. */
  bootedAt: Iso | null;
}

export interface ReplicatedItem {
  name: string;
  machineType: MachineType;
  os: OsFamily;
  osName: string;
  configurationServer: string;
  status: ItemStatus;
  activeSite: Site;
  direction: ReplicationDirection;
  /** Settings of the current replication (empty when not replicating). */
  processServer: string | null;
  masterTarget: string | null;
  datastore: string | null;
  retentionDrive: string | null;
  replicationGroup: string | null;
  recoveryPlan: string | null;
  failbackBlocker: FailbackBlocker | null;
  azureVm: AzureVm;
  onPremisesVm: OnPremisesVm;
  /** Total disk size, used for transfer durations. */
  diskGB: number;
  /** RP-2: how many disks the machine has (they attach to its MT when re-protected); absent = 1. */
  disks?: number;
  /** The job currently running on the item (409 guard); null when none. */
  currentJob: string | null;
  lastFailoverTime: Iso | null;
  /** HV-4: the Hyper-V cloud encrypts data. */
  encrypted: boolean;
  /** HV-7: on-prem VM corrupted by a cancelled sync. */
  corrupted: boolean;
  /** PS-4: deployment model of the failed-over Azure VM; absent = ResourceManager. */
  azureDeploymentModel?: 'Classic' | 'ResourceManager';
  /** PS-3: the Azure network the VM failed over to; absent/null = not known (any Azure PS). */
  azureNetwork?: string | null;
  /** RP-2: the VM is known to the CS database; absent = true. */
  inCsDatabase?: boolean;
  /** TF-1, TF-4: the test VM `{name}-test` in Azure, with the network it was created in; absent/null = none. */
  testVm?: { network: string; createdAt: Iso } | null;
}

export interface Notification {
  id: string;
  jobName: string;
  /** English title, e.g. "Reprotect 'web-01'"; the UI rebuilds it from the job. */
  title: string;
  status: 'InProgress' | 'Succeeded' | 'Failed' | 'Cancelled' | 'WaitingForInput';
  time: Iso;
  read: boolean;
}

export interface Policy {
  name: string;
  /** Forward (on-prem → Azure) or failback (POL-1). */
  kind: 'Forward' | 'Failback';
  rpoThresholdMinutes: number;
  retentionHours: number;
  appConsistentFrequencyMinutes: number;
  crashConsistentFrequencyMinutes: number;
}

export interface RecoveryPlan {
  name: string;
  items: string[];
}

export interface Vault {
  name: string;
  resourceGroup: string;
  subscriptionId: string;
  subscriptionName: string;
  tenantId: string;
  location: string;
}

/** PS-3: the Azure resources the Add process server pane offers (simulator data, not ARM). */
export interface AzureResources {
  subscriptions: { id: string; name: string }[];
  networks: {
    name: string;
    resourceGroup: string;
    deploymentModel: 'Classic' | 'ResourceManager';
    subnets: string[];
  }[];
  resourceGroups: string[];
  storageAccounts: { name: string; resourceGroup: string }[];
  networkInterfaces: { name: string; resourceGroup: string }[];
}

export interface World {
  /** Schema version of the persisted document (persistence refuses others). */
  schemaVersion: 1;
  /** Id of the scenario this world was loaded from. */
  scenario: string;
  now: Iso;
  speed: ClockSpeed;
  role: Role;
  /** State of the seeded GUID generator (deterministic ids). */
  rng: number;
  vault: Vault;
  environment: Environment;
  configurationServers: ConfigurationServer[];
  processServers: ProcessServer[];
  esxiHosts: EsxiHost[];
  datastores: Datastore[];
  masterTargets: MasterTarget[];
  volumes: Volume[];
  items: ReplicatedItem[];
  recoveryPoints: RecoveryPoint[];
  jobs: Job[];
  notifications: Notification[];
  policies: Policy[];
  recoveryPlans: RecoveryPlan[];
  /** PS-3 deployment options; absent = derived from the vault (process-servers.ts). */
  azure?: AzureResources;
  /** The runbook run and its progress (docs/runbooks.md §3: a reload keeps them); absent/null = none. */
  runbook?: RunbookRun | null;
}

/** Operation names as ARM action names (docs/api.md §2.2 `<op>`), contract/operations.ts. */
export type OperationName = (typeof OPERATION_NAMES)[number];

export interface Reason {
  ruleId: string;
  /** English, ends with nothing: the UI translates by ruleId when it can. */
  message: string;
}

export interface OperationEligibility {
  allowed: boolean;
  reasons: Reason[];
}

/** A failure the HTTP skin turns into `{"error":{code,message,target}}` (docs/api.md §5). */
export interface SimError {
  status: 400 | 403 | 404 | 409;
  code: string;
  message: string;
  target?: string;
  ruleId?: string;
}

export type Result<T> = { ok: true; world: World; value: T } | { ok: false; error: SimError };

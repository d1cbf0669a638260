/**
 * The simulated world: every fact the Site Recovery rules depend on. Pure data, JSON-serialisable
 * (it is persisted as-is, versioned), no classes, no Dates: times are ISO 8601 UTC strings.
 * Resources are referenced by name; names are unique per kind and double as ids on the wire.
 */

export type Iso = string;

export type OsFamily = 'Windows' | 'Linux';
export type MachineType = 'VMwareVM' | 'PhysicalServer' | 'HyperVVM';
export type Site = 'OnPremises' | 'Azure';
export type ReplicationDirection = 'OnPremisesToAzure' | 'AzureToOnPremises' | 'None';
export type Role = 'Contributor' | 'Operator' | 'Reader';
/** Clock speed: simulated seconds per real second; 0 = paused. */
export type ClockSpeed = 0 | 1 | 10 | 60 | 600;

/** ui-contract §3 status table; the wire maps each to protectionState (api.md §3.1). */
export type ItemStatus =
  | 'Protected'
  | 'FailoverInProgress'
  | 'WaitingForCompleteFailover'
  | 'FailoverCompleted'
  | 'CommitPending'
  | 'Committing'
  | 'FailoverCommitted'
  | 'Reprotecting';

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

export interface Environment {
  /** RP-4: site-to-site VPN between the Azure network and on-premises. */
  vpnConnected: boolean;
  /** RP-4, PS-1: ExpressRoute private peering (also satisfies RP-4). */
  expressRoutePrivatePeering: boolean;
  /** DS-4: the vCenter account the CS discovers with. */
  vcenterAccount: 'Administrator' | 'ReadOnly';
  /** DS-5: an alternate vCenter and its MT have been discovered. */
  alternateVcenterDiscovered: boolean;
  /** HV-2: primary VMM / Hyper-V host connected. */
  hyperVHostConnected: boolean;
}

export interface ConfigurationServer {
  name: string;
  /** RP-2: CS running and connected. */
  connected: boolean;
  agentVersion: string;
  ipAddress: string;
  /** Last discovery pass: facts added after it (drives, datastores) are not visible yet (RV-7). */
  lastDiscovery: Iso;
}

export interface ProcessServer {
  name: string;
  configurationServer: string;
  location: Site;
  /** PS-4: deployment model of an Azure PS; on-premises PS: null. */
  deploymentModel: 'Classic' | 'ResourceManager' | null;
  /** PS-2: heartbeat to the CS on port 443. */
  heartbeat: boolean;
  ipAddress: string;
  /** When it appears under the CS (PS-3: 10–15 min after its job); null = visible. */
  visibleFrom: Iso | null;
}

export interface EsxiHost {
  name: string;
  vcenter: string;
  /** RP-6: a free ESXi 5.5 / vSphere 6 Hypervisor licence makes failback fail. */
  licence: 'Licensed' | 'Free55' | 'Free6';
  /** 8038: the host can bring a VM up (enough memory provisioned); absent = true. */
  enoughMemory?: boolean;
  /** 78052: names of other (isolated) VMs on the host; one named like the item fails reprotect. */
  isolatedVms?: string[];
}

export interface Datastore {
  name: string;
  host: string;
  type: 'VMFS' | 'vSAN' | 'NFS';
  capacityGB: number;
  freeGB: number;
  /** When it was added to the host; discovery shows it only from the next discovery (RV-7 / DS). */
  addedAt: Iso;
  /** DS-6 / 8061: accessible from its ESXi host; absent = true. */
  accessible?: boolean;
  /** LIFE-10: ESXi hosts it is mounted on read/write; absent = [host]. */
  mountedOnHosts?: string[];
}

export interface MasterTarget {
  name: string;
  configurationServer: string;
  os: OsFamily;
  osName: string;
  host: string;
  ipAddress: string;
  /** MT-3 / RP-2 facts: violations fail the job, not the form. */
  snapshots: boolean;
  diskUuidClash: boolean;
  attachedDisks: number;
  storageVMotioned: boolean;
  vmwareTools: boolean;
  scsiController: 'LSILogic' | 'Paravirtual';
  diskEnableUuid: boolean;
}

export interface Volume {
  masterTarget: string;
  name: string;
  fileSystem: 'NTFS' | 'ReFS' | 'FAT' | 'FAT32' | 'ext4' | 'xfs';
  capacityGB: number;
  /** RV-3: the volume where the MT/PS is installed. */
  cache: boolean;
  /** RV-1: used for another purpose. */
  usage: 'None' | 'ReplicationTarget';
  /** RV-2 */
  locked: boolean;
  /** RV-7: visible only after a discovery at or after this time. */
  addedAt: Iso;
}

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
  /** The job currently running on the item (409 guard); null when none. */
  currentJob: string | null;
  lastFailoverTime: Iso | null;
  /** HV-4: the Hyper-V cloud encrypts data. */
  encrypted: boolean;
  /** HV-7: on-prem VM corrupted by a cancelled sync. */
  corrupted: boolean;
  /** PS-4: deployment model of the failed-over Azure VM; absent = ResourceManager. */
  azureDeploymentModel?: 'Classic' | 'ResourceManager';
  /** RP-2: the VM is known to the CS database; absent = true. */
  inCsDatabase?: boolean;
}

export type RecoveryPointType = 'CrashConsistent' | 'ApplicationConsistent';

export interface RecoveryPoint {
  id: string;
  item: string;
  time: Iso;
  type: RecoveryPointType;
}

export type JobScenario =
  | 'Reprotect'
  | 'UnplannedFailover'
  | 'PlannedFailover'
  | 'Commit'
  | 'ChangePit'
  | 'ReverseReplicate'
  | 'AddProcessServer'
  | 'RemoveProcessServer'
  | 'RefreshProvider';

export type JobState = 'NotStarted' | 'InProgress' | 'Succeeded' | 'Failed' | 'Cancelled' | 'Suspended';

export interface JobTask {
  id: string;
  /** Stable task name, e.g. "PrerequisitesCheck". */
  name: string;
  /** English display name; the UI translates by `name`. */
  friendlyName: string;
  state: JobState;
  startTime: Iso | null;
  endTime: Iso | null;
  /** Simulated duration of the task. */
  durationMinutes: number;
  /** Plan jobs (RPL-1): the machine this task works on; absent on item and infrastructure jobs. */
  item?: string;
}

export interface JobError {
  /** ERR catalog code (see errors.ts), e.g. "95226". */
  code: string;
  taskId: string;
  time: Iso;
}

/** The validated operation input, kept so Restart can re-run the job. */
export type OperationInput =
  | {
      kind: 'Reprotect';
      direction: 'AzureToOnPremises';
      masterTarget: string;
      processServer: string;
      datastore: string;
      retentionDrive: string;
      policy: string;
    }
  | { kind: 'Reprotect'; direction: 'OnPremisesToAzure'; processServer: string }
  | {
      kind: 'UnplannedFailover';
      direction: 'AzureToOnPremises' | 'OnPremisesToAzure';
      recoveryPointId: string | null;
      recoveryPointType: 'Latest' | 'LatestProcessed' | 'LatestAppConsistent' | 'Custom';
      shutDownSource: boolean;
    }
  | { kind: 'Commit' }
  /** Change recovery point (applyRecoveryPoint), FailoverCompleted in Azure only. */
  | { kind: 'ApplyRecoveryPoint'; recoveryPointId: string }
  /** Hyper-V planned failover (HV-2..5); from Azure = failback. */
  | {
      kind: 'PlannedFailover';
      direction: 'AzureToOnPremises' | 'OnPremisesToAzure';
      /** HV-3: ForSynchronization = sync before failover, waits for Complete failover; ForDownTime = full download. */
      dataSync: 'ForSynchronization' | 'ForDownTime';
      /** HV-5 */
      createVmIfNotFound: boolean;
      hostName: string | null;
      /** HV-4 */
      encryptionKey: string | null;
    }
  | { kind: 'Other'; data: Record<string, unknown> };

export interface Job {
  /** GUID-like name, also the URL segment. */
  name: string;
  scenario: JobScenario;
  /** The item the job works on (null for infrastructure jobs). */
  item: string | null;
  state: JobState;
  startTime: Iso;
  endTime: Iso | null;
  tasks: JobTask[];
  errors: JobError[];
  input: OperationInput;
  /** Item status to return to if the job fails or is cancelled. */
  revertStatus: ItemStatus | null;
  /** RPL-1: the recovery plan a plan job runs for (null/absent: not a plan job). */
  plan?: string | null;
  /** RPL-1: a plan job's machines, each with its own validated input and status to return to. */
  machines?: PlanMachine[];
}

/** One machine of a plan job (RPL-1). */
export interface PlanMachine {
  item: string;
  input: OperationInput;
  revertStatus: ItemStatus;
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
}

/** Operation names as ARM action names (api.md §2.2 `<op>`). */
export type OperationName =
  'reProtect' | 'unplannedFailover' | 'plannedFailover' | 'failoverCommit' | 'applyRecoveryPoint';

export interface Reason {
  ruleId: string;
  /** English, ends with nothing: the UI translates by ruleId when it can. */
  message: string;
}

export interface OperationEligibility {
  allowed: boolean;
  reasons: Reason[];
}

/** A failure the HTTP skin turns into `{"error":{code,message,target}}` (api.md §5). */
export interface SimError {
  status: 400 | 403 | 404 | 409;
  code: string;
  message: string;
  target?: string;
  ruleId?: string;
}

export type Result<T> = { ok: true; world: World; value: T } | { ok: false; error: SimError };

/** zod schema of the persisted World (schemaVersion 1); the typecheck holds it equal to types.ts (below). */
import { z } from 'zod';
import { runbookRunSchema } from './runbooks/schema';
import { itemStatusEnum, jobStateEnum, jobTypeEnum, siteEnum } from './schema-enums';
import type { World } from './types';

const iso = z.iso.datetime();
const isoOrNull = iso.nullable();
const name = z.string().min(1);
const nonNeg = z.number().finite().min(0);
const site = siteEnum;
const os = z.enum(['Windows', 'Linux']);
const jobState = jobStateEnum;
const itemStatus = itemStatusEnum;

/** What failovers from a recovery point (Unplanned failover, Test failover) have in common (FO-1). */
const fromRecoveryPoint = {
  direction: z.enum(['AzureToOnPremises', 'OnPremisesToAzure']),
  recoveryPointId: z.string().nullable(),
  recoveryPointType: z.enum(['Latest', 'LatestProcessed', 'LatestAppConsistent', 'Custom']),
};

const operationInput = z.union([
  z.object({
    kind: z.literal('Reprotect'),
    direction: z.literal('AzureToOnPremises'),
    masterTarget: z.string(),
    processServer: z.string(),
    datastore: z.string(),
    retentionDrive: z.string(),
    policy: z.string(),
  }),
  z.object({
    kind: z.literal('Reprotect'),
    direction: z.literal('OnPremisesToAzure'),
    processServer: z.string(),
  }),
  z.object({ kind: z.literal('UnplannedFailover'), ...fromRecoveryPoint, shutDownSource: z.boolean() }),
  z.object({ kind: z.literal('Commit') }),
  z.object({ kind: z.literal('ApplyRecoveryPoint'), recoveryPointId: z.string() }),
  z.object({
    kind: z.literal('PlannedFailover'),
    direction: z.enum(['AzureToOnPremises', 'OnPremisesToAzure']),
    dataSync: z.enum(['ForSynchronization', 'ForDownTime']),
    createVmIfNotFound: z.boolean(),
    hostName: z.string().nullable(),
    encryptionKey: z.string().nullable(),
  }),
  z.object({ kind: z.literal('TestFailover'), ...fromRecoveryPoint, network: z.string() }),
  z.object({ kind: z.literal('TestFailoverCleanup'), comments: z.string().max(1024) }),
  z.object({ kind: z.literal('DisableProtection'), reason: z.enum(['MigrationComplete', 'NotSpecified']) }),
  z.object({ kind: z.literal('Other'), data: z.record(z.string(), z.unknown()) }),
]);

const task = z.object({
  id: name,
  name,
  friendlyName: z.string(),
  state: jobState,
  startTime: isoOrNull,
  endTime: isoOrNull,
  durationMinutes: nonNeg,
  item: name.optional(),
});

const job = z.object({
  name,
  scenario: jobTypeEnum,
  item: name.nullable(),
  state: jobState,
  startTime: iso,
  endTime: isoOrNull,
  tasks: z.array(task),
  errors: z.array(z.object({ code: z.string(), taskId: z.string(), time: iso })),
  input: operationInput,
  revertStatus: itemStatus.nullable(),
  plan: name.nullable().optional(),
  machines: z.array(z.object({ item: name, input: operationInput, revertStatus: itemStatus })).optional(),
});

const item = z.object({
  name,
  machineType: z.enum(['VMwareVM', 'PhysicalServer', 'HyperVVM']),
  os,
  osName: z.string(),
  configurationServer: name,
  status: itemStatus,
  activeSite: site,
  direction: z.enum(['OnPremisesToAzure', 'AzureToOnPremises', 'None']),
  processServer: name.nullable(),
  masterTarget: name.nullable(),
  datastore: name.nullable(),
  retentionDrive: name.nullable(),
  replicationGroup: name.nullable(),
  recoveryPlan: name.nullable(),
  failbackBlocker: z
    .enum([
      'MigrationCompleted',
      'MovedResourceGroup',
      'AzureVmDeleted',
      'ProtectionDisabled',
      'CreatedInAzure',
      'TargetNotEsxi',
      'Windows2008R2Physical',
    ])
    .nullable(),
  azureVm: z.object({
    exists: z.boolean(),
    running: z.boolean(),
    bootedAt: isoOrNull,
    agentServiceRunning: z.boolean(),
  }),
  onPremisesVm: z.object({
    exists: z.boolean(),
    poweredOn: z.boolean(),
    host: name.nullable(),
    datastore: name.nullable(),
    bootedAt: isoOrNull,
  }),
  diskGB: nonNeg,
  disks: z.number().int().min(1).max(256).optional(),
  currentJob: name.nullable(),
  lastFailoverTime: isoOrNull,
  encrypted: z.boolean(),
  corrupted: z.boolean(),
  azureDeploymentModel: z.enum(['Classic', 'ResourceManager']).optional(),
  azureNetwork: name.nullable().optional(),
  inCsDatabase: z.boolean().optional(),
  testVm: z.object({ network: name, createdAt: iso }).nullable().optional(),
});

export const worldSchema = z.object({
  schemaVersion: z.literal(1),
  scenario: z.string(),
  now: iso,
  speed: z.union([z.literal(0), z.literal(1), z.literal(10), z.literal(60), z.literal(600)]),
  role: z.enum(['Contributor', 'Operator', 'Reader']),
  rng: z.number().int().min(0).max(0xffffffff),
  vault: z.object({
    name,
    resourceGroup: name,
    subscriptionId: name,
    subscriptionName: z.string(),
    tenantId: z.string(),
    location: z.string(),
  }),
  environment: z.object({
    vpnConnected: z.boolean(),
    expressRoutePrivatePeering: z.boolean(),
    vcenterAccount: z.enum(['Administrator', 'ReadOnly']),
    alternateVcenterDiscovered: z.boolean(),
    hyperVHostConnected: z.boolean(),
  }),
  configurationServers: z.array(
    z.object({
      name,
      connected: z.boolean(),
      agentVersion: z.string(),
      ipAddress: z.string(),
      lastDiscovery: iso,
    }),
  ),
  processServers: z.array(
    z.object({
      name,
      configurationServer: name,
      location: site,
      deploymentModel: z.enum(['Classic', 'ResourceManager']).nullable(),
      heartbeat: z.boolean(),
      ipAddress: z.string(),
      network: name.nullable().optional(),
      visibleFrom: isoOrNull,
    }),
  ),
  esxiHosts: z.array(
    z.object({
      name,
      vcenter: z.string(),
      licence: z.enum(['Licensed', 'Free55', 'Free6']),
      enoughMemory: z.boolean().optional(),
      isolatedVms: z.array(z.string()).optional(),
    }),
  ),
  datastores: z.array(
    z.object({
      name,
      host: name,
      type: z.enum(['VMFS', 'vSAN', 'NFS']),
      capacityGB: nonNeg,
      freeGB: nonNeg,
      addedAt: iso,
      accessible: z.boolean().optional(),
      mountedOnHosts: z.array(name).optional(),
    }),
  ),
  masterTargets: z.array(
    z.object({
      name,
      configurationServer: name,
      os,
      osName: z.string(),
      host: name,
      ipAddress: z.string(),
      snapshots: z.boolean(),
      diskUuidClash: z.boolean(),
      attachedDisks: z.number().int().min(0),
      storageVMotioned: z.boolean(),
      vmwareTools: z.boolean(),
      scsiController: z.enum(['LSILogic', 'Paravirtual']),
      diskEnableUuid: z.boolean(),
    }),
  ),
  volumes: z.array(
    z.object({
      masterTarget: name,
      name,
      fileSystem: z.enum(['NTFS', 'ReFS', 'FAT', 'FAT32', 'ext4', 'xfs']),
      capacityGB: nonNeg,
      cache: z.boolean(),
      usage: z.enum(['None', 'ReplicationTarget']),
      locked: z.boolean(),
      addedAt: iso,
    }),
  ),
  items: z.array(item),
  recoveryPoints: z.array(
    z.object({ id: name, item: name, time: iso, type: z.enum(['CrashConsistent', 'ApplicationConsistent']) }),
  ),
  jobs: z.array(job),
  notifications: z.array(
    z.object({
      id: name,
      jobName: z.string(),
      title: z.string(),
      status: z.enum(['InProgress', 'Succeeded', 'Failed', 'Cancelled', 'WaitingForInput']),
      time: iso,
      read: z.boolean(),
    }),
  ),
  policies: z.array(
    z.object({
      name,
      kind: z.enum(['Forward', 'Failback']),
      rpoThresholdMinutes: nonNeg,
      retentionHours: nonNeg,
      appConsistentFrequencyMinutes: nonNeg,
      crashConsistentFrequencyMinutes: nonNeg,
    }),
  ),
  recoveryPlans: z.array(z.object({ name, items: z.array(name) })),
  azure: z
    .object({
      subscriptions: z.array(z.object({ id: name, name: z.string() })),
      networks: z.array(
        z.object({
          name,
          resourceGroup: name,
          deploymentModel: z.enum(['Classic', 'ResourceManager']),
          subnets: z.array(name),
        }),
      ),
      resourceGroups: z.array(name),
      storageAccounts: z.array(z.object({ name, resourceGroup: name })),
      networkInterfaces: z.array(z.object({ name, resourceGroup: name })),
    })
    .optional(),
  runbook: runbookRunSchema.nullable().optional(),
});

/**
 * The schema and the World type (types.ts) must describe the same data: a field added, removed or
 * typed differently on one side only fails the typecheck here, so parseWorld needs no cast.
 */
type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Assert<T extends true> = T;
export type WorldMatchesSchema = Assert<Equals<z.infer<typeof worldSchema>, World>>;

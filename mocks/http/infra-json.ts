/**
 * Fabric (§3.4), protection container, provider and policy (§3.5) JSON (plans: plan-json.ts).
 * The fabric shows only what the configuration server has discovered (RV-7, DS-4, PS-3).
 */
import { visibleDatastores, visibleProcessServers, visibleVolumes } from '../simulation/api';
import type { ConfigurationServer, Policy, World } from '../simulation/api';
import { HYPERV_HOST, containerId, fabricId, find, itemsInFabric, policyId, providerId } from './ids';
import type { FabricRef } from './ids';

const VAULT_TYPE = 'Microsoft.RecoveryServices/vaults';
const GB = 1024 * 1024 * 1024;

function vmwareDetails(world: World, cs: ConfigurationServer) {
  const now = world.now;
  const processServers = visibleProcessServers(world, cs.name); // PS-3
  const protectedCount = world.items.filter(
    (i) => i.configurationServer === cs.name && i.machineType !== 'HyperVVM',
  ).length;
  const masterTargets = world.masterTargets.filter((mt) => mt.configurationServer === cs.name);
  return {
    instanceType: 'VMware',
    hostName: cs.name,
    ipAddress: cs.ipAddress,
    agentVersion: cs.agentVersion,
    lastHeartbeat: cs.connected ? now : cs.lastDiscovery,
    csServiceStatus: cs.connected ? 'Running' : 'Stopped',
    processServerCount: String(processServers.length),
    protectedServers: String(protectedCount),
    runAsAccounts: [
      {
        accountId: '1',
        accountName:
          world.environment.vcenterAccount === 'Administrator' ? 'vcenter-admin' : 'vcenter-readonly',
      },
    ],
    processServers: processServers.map((ps) => ({
      id: ps.name,
      friendlyName: ps.name,
      ipAddress: ps.ipAddress,
      osType: 'Windows',
      lastHeartbeat: ps.heartbeat ? now : cs.lastDiscovery,
      health: ps.heartbeat ? 'Normal' : 'Critical',
      psServiceStatus: ps.heartbeat ? 'Running' : 'Stopped',
      machineCount: String(world.items.filter((i) => i.processServer === ps.name).length),
      healthErrors: [],
    })),
    masterTargetServers: masterTargets.map((mt) => ({
      id: mt.name,
      name: mt.name,
      osType: mt.os,
      ipAddress: mt.ipAddress,
      lastHeartbeat: now,
      diskCount: mt.attachedDisks,
      validationErrors: [],
      healthErrors: [],
      retentionVolumes: visibleVolumes(world, mt).map((v) => ({
        volumeName: v.name,
        capacityInBytes: v.capacityGB * GB,
        freeSpaceInBytes: v.capacityGB * GB,
        thresholdPercentage: 80,
      })),
      dataStores: visibleDatastores(world, mt).map((d) => ({
        symbolicName: d.name,
        uuid: `${d.host}-${d.name}`,
        capacity: String(d.capacityGB),
        freeSpace: String(d.freeGB),
        type: d.type,
      })),
    })),
  };
}

export function fabricJson(world: World, fabric: FabricRef) {
  const cs = fabric.configurationServer
    ? find(world.configurationServers, fabric.configurationServer)
    : undefined;
  const connected = cs ? cs.connected : world.environment.hyperVHostConnected;
  return {
    id: fabricId(world, fabric.name),
    name: fabric.name,
    type: `${VAULT_TYPE}/replicationFabrics`,
    location: world.vault.location,
    properties: {
      friendlyName: fabric.name,
      encryptionDetails: { kekState: 'None' },
      bcdrState: 'Valid',
      health: connected ? 'Normal' : 'Critical',
      healthErrorDetails: [],
      customDetails: cs ? vmwareDetails(world, cs) : { instanceType: 'HyperVSite' },
    },
  };
}

export function containerJson(world: World, fabric: FabricRef) {
  return {
    id: containerId(world, fabric.name),
    name: fabric.container,
    type: `${VAULT_TYPE}/replicationFabrics/replicationProtectionContainers`,
    properties: {
      friendlyName: fabric.container,
      fabricFriendlyName: fabric.name,
      fabricType: fabric.kind,
      protectedItemCount: itemsInFabric(world, fabric.name).length,
      pairingStatus: 'Paired',
      role: 'Primary',
    },
  };
}

/** The fabric's providers: its configuration server, or the Hyper-V host (HV-2, HV-5). */
export function providerNames(_world: World, fabric: FabricRef): string[] {
  return fabric.configurationServer ? [fabric.configurationServer] : [HYPERV_HOST];
}

export function providerJson(world: World, fabric: FabricRef, provider: string) {
  const cs = fabric.configurationServer
    ? find(world.configurationServers, fabric.configurationServer)
    : undefined;
  const connected = cs ? cs.connected : world.environment.hyperVHostConnected;
  return {
    id: providerId(world, fabric.name, provider),
    name: provider,
    type: `${VAULT_TYPE}/replicationFabrics/replicationRecoveryServicesProviders`,
    properties: {
      friendlyName: provider,
      fabricType: fabric.kind,
      fabricFriendlyName: fabric.name,
      connectionStatus: connected ? 'Connected' : 'NotConnected',
      lastHeartBeat: connected ? world.now : (cs?.lastDiscovery ?? world.now),
      protectedItemCount: itemsInFabric(world, fabric.name).length,
      providerVersion: cs?.agentVersion ?? '5.1.8095.0',
      ...(cs ? { lastDiscovery: cs.lastDiscovery } : {}),
    },
  };
}

export function policyJson(world: World, policy: Policy) {
  const details: Record<string, unknown> = {
    instanceType: policy.kind === 'Failback' ? 'InMage' : 'InMageAzureV2',
    recoveryPointThresholdInMinutes: policy.rpoThresholdMinutes,
    recoveryPointHistory: policy.retentionHours * 60,
    appConsistentFrequencyInMinutes: policy.appConsistentFrequencyMinutes,
    multiVmSyncStatus: 'Enabled',
  };
  if (policy.kind === 'Forward')
    details.crashConsistentFrequencyInMinutes = policy.crashConsistentFrequencyMinutes;
  return {
    id: policyId(world, policy.name),
    name: policy.name,
    type: `${VAULT_TYPE}/replicationPolicies`,
    properties: { friendlyName: policy.name, providerSpecificDetails: details },
  };
}

import {
  FAILBACK_KEY_NOTE,
  azRestCommand,
  planPreamble,
  psCall,
  psQuote,
  script,
  type ArmOperationRequest,
} from '../../api/automation';
import { planPaths } from './recovery-plans-api';

/** A plan operation (docs/api.md §2.1 plan actions): what OK sends and View automation shows. */
export function buildPlanActionRequest(
  vault: string,
  plan: string,
  action: 'unplannedFailover' | 'plannedFailover' | 'testFailover' | 'testFailoverCleanup' | 'failoverCommit',
  body: unknown,
): ArmOperationRequest {
  return { method: 'POST', path: planPaths.action(vault, plan, action), body };
}

interface PlanInput {
  properties?: {
    failoverDirection?: string;
    sourceSiteOperations?: string;
    networkId?: string;
    comments?: string;
    providerSpecificDetails?: {
      recoveryPointType?: string;
      dataSyncOption?: string;
      recoveryVmCreationOption?: string;
      providerIdForAlternateRecovery?: string;
      primaryKekCertificatePfx?: string;
    }[];
  };
}

/**
 * The plan's recovery point type as -RecoveryTag (accepted values of set ByRPObject: Latest,
 * LatestAvailable, LatestAvailableApplicationConsistent).
 */
const RECOVERY_TAGS: Record<string, string> = {
  Latest: 'Latest',
  LatestTime: 'Latest',
  LatestProcessed: 'LatestAvailable',
  LatestApplicationConsistent: 'LatestAvailableApplicationConsistent',
  LatestTag: 'LatestAvailableApplicationConsistent',
};

const planScript = (request: ArmOperationRequest, call: string, notes: string[] = []) =>
  script([...planPreamble(request.path), ...notes, call]);

const input = (request: ArmOperationRequest) => (request.body as PlanInput).properties ?? {};
const firstDetails = (request: ArmOperationRequest) => input(request).providerSpecificDetails?.[0] ?? {};
const recoveryTag = (request: ArmOperationRequest) => {
  const tag = RECOVERY_TAGS[firstDetails(request).recoveryPointType ?? ''];
  return tag ? `-RecoveryTag ${tag}` : undefined;
};

/*
 * The cmdlets' recovery-plan parameter sets (Azure/azure-powershell,
 * src/RecoveryServices/RecoveryServices/help/<Cmdlet>.md): ByRPObject of
 * Start-AzRecoveryServicesAsrUnplannedFailoverJob (-RecoveryPlan, -Direction,
 * [-PerformSourceSideAction], [-RecoveryTag]), of Start-AzRecoveryServicesAsrPlannedFailoverJob
 * (-RecoveryPlan, -Direction, [-Optimize], [-CreateVmIfNotFound]; no -ServicesProvider), of
 * Start-AzRecoveryServicesAsrTestFailoverCleanupJob (-RecoveryPlan, [-Comment]) and of
 * Start-AzRecoveryServicesAsrCommitFailoverJob (-RecoveryPlan); ByRPObjectWithAzureVMNetworkId of
 * Start-AzRecoveryServicesAsrTestFailoverJob (-RecoveryPlan, -Direction, -AzureVMNetworkId,
 * [-RecoveryTag]).
 */

export function planUnplannedFailoverPowerShell(request: ArmOperationRequest): string {
  const properties = input(request);
  return planScript(
    request,
    psCall('Start-AzRecoveryServicesAsrUnplannedFailoverJob', [
      '-RecoveryPlan $plan',
      `-Direction ${properties.failoverDirection ?? 'PrimaryToRecovery'}`,
      properties.sourceSiteOperations === 'Required' && '-PerformSourceSideAction',
      recoveryTag(request),
    ]),
  );
}

/**
 * Start-AzRecoveryServicesAsrPlannedFailoverJob, set ByRPObject: -RecoveryPlan, -Direction,
 * [-Optimize ForDownTime|ForSynchronization], [-CreateVmIfNotFound Yes|No],
 * [-DataEncryptionPrimaryCertFile] (HV-4); -ServicesProvider (the alternate host) is in ByRPIObject only.
 */
export function planPlannedFailoverPowerShell(request: ArmOperationRequest): string {
  const properties = input(request);
  const details = firstDetails(request);
  const host = (properties.providerSpecificDetails ?? []).some(
    (entry) => entry.providerIdForAlternateRecovery,
  );
  return planScript(
    request,
    psCall('Start-AzRecoveryServicesAsrPlannedFailoverJob', [
      '-RecoveryPlan $plan',
      `-Direction ${properties.failoverDirection ?? 'PrimaryToRecovery'}`,
      details.dataSyncOption && `-Optimize ${details.dataSyncOption}`,
      details.recoveryVmCreationOption &&
        `-CreateVmIfNotFound ${details.recoveryVmCreationOption === 'CreateVmIfNotFound' ? 'Yes' : 'No'}`,
      details.primaryKekCertificatePfx &&
        `-DataEncryptionPrimaryCertFile ${psQuote(details.primaryKekCertificatePfx)}`,
    ]),
    [
      ...(host
        ? ['# The plan set has no -ServicesProvider: the alternate hosts travel only in the ARM request.']
        : []),
      ...(details.primaryKekCertificatePfx && properties.failoverDirection === 'RecoveryToPrimary'
        ? [FAILBACK_KEY_NOTE]
        : []),
    ],
  );
}

/** One Hyper-V machine's choices in the plan's planned failover from Azure (HV-4, HV-5). */
export interface PlanHyperVMachine {
  itemId: string;
  createVm: boolean;
  hostName: string;
  encryptionKey: string;
}

const failbackEntry = (machine: Omit<PlanHyperVMachine, 'itemId'>) => ({
  instanceType: 'HyperVReplicaAzureFailback',
  // HV-5: alternate location on a Hyper-V host; HV-4: the cloud's encryption certificate.
  recoveryVmCreationOption: machine.createVm ? 'CreateVmIfNotFound' : 'NoAction',
  ...(machine.createVm && machine.hostName ? { providerIdForAlternateRecovery: machine.hostName } : {}),
  ...(machine.encryptionKey ? { primaryKekCertificatePfx: machine.encryptionKey } : {}),
});

/**
 * Plan planned failover from Azure with each Hyper-V machine's choices: the simulator route
 * `{S}…/plannedFailover` (docs/api.md §2.2), ARM's RecoveryPlanPlannedFailoverInput plus
 * `properties.items`, since ARM's plan input has one host and one key for every machine.
 */
export function buildPlanHyperVFailbackRequest(
  vault: string,
  plan: string,
  dataSync: string,
  machines: PlanHyperVMachine[],
): ArmOperationRequest {
  return {
    method: 'POST',
    path: planPaths.plannedFailover(vault, plan),
    body: {
      properties: {
        failoverDirection: 'RecoveryToPrimary',
        providerSpecificDetails: [
          {
            instanceType: 'HyperVReplicaAzureFailback',
            dataSyncOption: dataSync,
            recoveryVmCreationOption: 'NoAction',
          },
        ],
        items: machines.map(({ itemId, ...choice }) => ({
          replicationProtectedItemId: itemId,
          providerSpecificDetails: failbackEntry(choice),
        })),
      },
    },
  };
}

/** The one value every machine shares, else none. */
const shared = (values: string[]) =>
  values.length > 0 && values.every((v) => v === values[0]) ? values[0] : '';

/**
 * ARM's own plan plannedFailover for the same choices (what Azure PowerShell and az rest can send):
 * one entry for the plan, with a host or a key only when every machine that uses one has the same.
 */
export function planHyperVFailbackArmRequest(
  vault: string,
  plan: string,
  dataSync: string,
  machines: PlanHyperVMachine[],
): ArmOperationRequest {
  const creating = machines.filter((machine) => machine.createVm);
  const keys = machines.map((machine) => machine.encryptionKey).filter(Boolean);
  return buildPlanActionRequest(vault, plan, 'plannedFailover', {
    properties: {
      failoverDirection: 'RecoveryToPrimary',
      providerSpecificDetails: [
        {
          ...failbackEntry({
            createVm: creating.length > 0,
            hostName: shared(creating.map((machine) => machine.hostName)),
            encryptionKey: shared(keys),
          }),
          dataSyncOption: dataSync,
        },
      ],
    },
  });
}

export function planTestFailoverPowerShell(request: ArmOperationRequest): string {
  const properties = input(request);
  return planScript(
    request,
    psCall('Start-AzRecoveryServicesAsrTestFailoverJob', [
      '-RecoveryPlan $plan',
      `-Direction ${properties.failoverDirection ?? 'PrimaryToRecovery'}`,
      `-AzureVMNetworkId ${psQuote(properties.networkId ?? '')}`,
      recoveryTag(request),
    ]),
  );
}

export function planTestFailoverCleanupPowerShell(request: ArmOperationRequest): string {
  const comments = input(request).comments;
  return planScript(
    request,
    psCall('Start-AzRecoveryServicesAsrTestFailoverCleanupJob', [
      '-RecoveryPlan $plan',
      comments ? `-Comment ${psQuote(comments)}` : undefined,
    ]),
  );
}

export function planCommitPowerShell(request: ArmOperationRequest): string {
  return planScript(request, psCall('Start-AzRecoveryServicesAsrCommitFailoverJob', ['-RecoveryPlan $plan']));
}

/** One machine of plan Re-protect: its item and the values chosen for it. */
export interface PlanReprotectMachine {
  itemId: string;
  masterTarget: string;
  processServer: string;
  datastore: string;
  retentionDrive: string;
}

/**
 * Plan Re-protect with per-machine values: the simulator route `{S}…/reProtect` (docs/api.md §2.2),
 * since ARM's plan reProtect takes no body (each machine gets its defaults, docs/api.md §2.1).
 */
export function buildPlanReprotectRequest(
  vault: string,
  plan: string,
  toAzure: boolean,
  profileId: string,
  machines: PlanReprotectMachine[],
): ArmOperationRequest {
  return {
    method: 'POST',
    path: planPaths.reProtect(vault, plan),
    body: {
      properties: {
        failoverDirection: toAzure ? 'PrimaryToRecovery' : 'RecoveryToPrimary',
        items: machines.map((machine) => ({
          replicationProtectedItemId: machine.itemId,
          providerSpecificDetails: toAzure
            ? { instanceType: 'InMageAzureV2', processServerId: machine.processServer }
            : {
                instanceType: 'InMage',
                masterTargetId: machine.masterTarget,
                processServerId: machine.processServer,
                datastoreName: machine.datastore,
                retentionDrive: machine.retentionDrive,
                profileId,
              },
        })),
      },
    },
  };
}

/** ARM's own plan reProtect (no body): what Azure PowerShell and az rest can send. */
export const planReprotectArmRequest = (vault: string, plan: string): ArmOperationRequest => ({
  method: 'POST',
  path: planPaths.action(vault, plan, 'reProtect'),
  body: {},
});

const DEFAULTS_NOTE =
  '# In Azure, plan re-protect takes no per-machine values: each machine gets its defaults.';

/** Update-AzRecoveryServicesAsrProtectionDirection, set ByRPObject: -RecoveryPlan, -Direction. */
export function planReprotectPowerShell(vault: string, plan: string, toAzure: boolean): string {
  return planScript(
    planReprotectArmRequest(vault, plan),
    psCall('Update-AzRecoveryServicesAsrProtectionDirection', [
      '-RecoveryPlan $plan',
      `-Direction ${toAzure ? 'PrimaryToRecovery' : 'RecoveryToPrimary'}`,
    ]),
    [DEFAULTS_NOTE],
  );
}

export const planReprotectAzRest = (vault: string, plan: string) =>
  `${DEFAULTS_NOTE}\n${azRestCommand(planReprotectArmRequest(vault, plan))}`;

import {
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

export function planPlannedFailoverPowerShell(request: ArmOperationRequest): string {
  const properties = input(request);
  const details = firstDetails(request);
  const perMachineHost = (properties.providerSpecificDetails ?? []).some(
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
    ]),
    perMachineHost
      ? ['# The plan set has no -ServicesProvider: the alternate hosts travel only in the ARM request.']
      : [],
  );
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

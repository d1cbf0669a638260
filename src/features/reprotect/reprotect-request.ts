import {
  itemAction,
  itemPreamble,
  psCall,
  psQuote,
  script,
  type ArmOperationRequest,
} from '../../api/automation';

/** The Re-protect pane Azure → on-premises (LIFE-3) as its fields hold it. */
export interface ReprotectToOnPremisesForm {
  itemId: string;
  masterTarget: string;
  processServer: string;
  datastore: string;
  retentionDrive: string;
  /** POL-2: the failback policy, chosen by the service. */
  profileId: string;
}

/** The reProtect input InMage (docs/api.md §3.2): what OK sends and View automation shows. */
export function buildReprotectToOnPremisesRequest(form: ReprotectToOnPremisesForm): ArmOperationRequest {
  return {
    method: 'POST',
    path: itemAction(form.itemId, 'reProtect'),
    body: {
      properties: {
        failoverDirection: 'RecoveryToPrimary',
        providerSpecificDetails: {
          instanceType: 'InMage',
          masterTargetId: form.masterTarget,
          processServerId: form.processServer,
          datastoreName: form.datastore,
          retentionDrive: form.retentionDrive,
          profileId: form.profileId,
        },
      },
    },
  };
}

const byPolicy = (profileId: string) =>
  profileId.startsWith('/')
    ? `$_.PolicyId -eq ${psQuote(profileId)}`
    : `$_.PolicyFriendlyName -eq ${psQuote(profileId)}`;

/**
 * Update-AzRecoveryServicesAsrProtectionDirection, parameter set AzureToVMware: -AzureToVMware,
 * -ReplicationProtectedItem, -Direction, -ProtectionContainerMapping, -MasterTarget,
 * -ProcessServer, -DataStore, -RetentionVolume (Azure/azure-powershell,
 * src/RecoveryServices/RecoveryServices/help/Update-AzRecoveryServicesAsrProtectionDirection.md).
 * The servers come from the configuration server fabric (FabricSpecificDetails.MasterTargetServers
 * / ProcessServers); datastores and retention volumes from the master target (ASRMasterTargetServer
 * .DataStores[].SymbolicName, .RetentionVolumes[].VolumeName).
 */
export function reprotectToOnPremisesPowerShell(form: ReprotectToOnPremisesForm): string {
  return script([
    ...itemPreamble(form.itemId),
    `$mapping = Get-AzRecoveryServicesAsrProtectionContainerMapping -ProtectionContainer $container | Where-Object { ${byPolicy(form.profileId)} }`,
    `$masterTarget = $fabric.FabricSpecificDetails.MasterTargetServers | Where-Object { $_.Name -eq ${psQuote(form.masterTarget)} }`,
    `$processServer = $fabric.FabricSpecificDetails.ProcessServers | Where-Object { $_.FriendlyName -eq ${psQuote(form.processServer)} }`,
    `$dataStore = $masterTarget.DataStores | Where-Object { $_.SymbolicName -eq ${psQuote(form.datastore)} }`,
    `$retentionVolume = $masterTarget.RetentionVolumes | Where-Object { $_.VolumeName -eq ${psQuote(form.retentionDrive)} }`,
    psCall('Update-AzRecoveryServicesAsrProtectionDirection', [
      '-AzureToVMware',
      '-ReplicationProtectedItem $rpi',
      '-Direction RecoveryToPrimary',
      '-ProtectionContainerMapping $mapping',
      '-MasterTarget $masterTarget',
      '-ProcessServer $processServer',
      '-DataStore $dataStore',
      '-RetentionVolume $retentionVolume',
    ]),
  ]);
}

/** The Re-protect pane on-premises → Azure (LIFE-6). */
export interface ReprotectToAzureForm {
  itemId: string;
  processServer: string;
}

export function buildReprotectToAzureRequest(form: ReprotectToAzureForm): ArmOperationRequest {
  return {
    method: 'POST',
    path: itemAction(form.itemId, 'reProtect'),
    body: {
      properties: {
        failoverDirection: 'PrimaryToRecovery',
        providerSpecificDetails: { instanceType: 'InMageAzureV2', processServerId: form.processServer },
      },
    },
  };
}

/**
 * Update-AzRecoveryServicesAsrProtectionDirection, parameter set VMwareToAzure: -VMwareToAzure,
 * -Account (required there: the run-as account that push-installs the Mobility service),
 * -ProcessServer, -ProtectionContainerMapping, -ReplicationProtectedItem, -Direction (same help).
 */
export function reprotectToAzurePowerShell(form: ReprotectToAzureForm): string {
  return script([
    ...itemPreamble(form.itemId),
    "$mapping = Get-AzRecoveryServicesAsrProtectionContainerMapping -ProtectionContainer $container | Where-Object { $_.TargetFabricFriendlyName -eq 'Microsoft Azure' }",
    `$processServer = $fabric.FabricSpecificDetails.ProcessServers | Where-Object { $_.FriendlyName -eq ${psQuote(form.processServer)} }`,
    '$account = $fabric.FabricSpecificDetails.RunAsAccounts | Select-Object -First 1',
    psCall('Update-AzRecoveryServicesAsrProtectionDirection', [
      '-VMwareToAzure',
      '-ReplicationProtectedItem $rpi',
      '-Direction PrimaryToRecovery',
      '-ProtectionContainerMapping $mapping',
      '-ProcessServer $processServer',
      '-Account $account',
    ]),
  ]);
}

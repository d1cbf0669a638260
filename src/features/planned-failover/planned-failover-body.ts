/** HV-3: ForSynchronization = delta sync first, then Complete failover; ForDownTime = full download. */
export type DataSyncOption = 'ForSynchronization' | 'ForDownTime';

export interface PlannedFailoverChoice {
  /** true: failback, Azure → on-premises (HV-1); false: on-premises → Azure. */
  fromAzure: boolean;
  dataSync: DataSyncOption;
  /** HV-5: alternate location. */
  createVm: boolean;
  hostName: string;
  /** HV-4: only when the cloud encrypts data. */
  encryptionKey: string;
}

/** The plannedFailover input (docs/api.md §3.2, ARM field names exactly). */
export function plannedFailoverBody(choice: PlannedFailoverChoice) {
  if (!choice.fromAzure) {
    return {
      properties: {
        failoverDirection: 'PrimaryToRecovery',
        providerSpecificDetails: { instanceType: 'HyperVReplicaAzure' },
      },
    };
  }
  return {
    properties: {
      failoverDirection: 'RecoveryToPrimary',
      providerSpecificDetails: {
        instanceType: 'HyperVReplicaAzureFailback',
        dataSyncOption: choice.dataSync,
        recoveryVmCreationOption: choice.createVm ? 'CreateVmIfNotFound' : 'NoAction',
        ...(choice.createVm && choice.hostName ? { providerIdForAlternateRecovery: choice.hostName } : {}),
        ...(choice.encryptionKey ? { primaryKekCertificatePfx: choice.encryptionKey } : {}),
      },
    },
  };
}

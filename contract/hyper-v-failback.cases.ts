/**
 * Planned failover of a Hyper-V VM back from Azure, synchronizing first (HV-1, HV-3: the job waits for
 * Complete failover), to its original host (HV-5) with no key (HV-4), as the simulation's operation
 * input names it. Tests on both sides of the HTTP skin start from this one example.
 */
export const HYPER_V_FAILBACK_SYNC = {
  kind: 'PlannedFailover',
  direction: 'AzureToOnPremises',
  dataSync: 'ForSynchronization',
  createVmIfNotFound: false,
  hostName: null,
  encryptionKey: null,
} as const;

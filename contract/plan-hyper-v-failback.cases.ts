/**
 * A recovery plan's planned failover of Hyper-V VMs back from Azure (docs/api.md §2.2 `{S}…/plannedFailover`,
 * HV-4, HV-5): ARM's RecoveryPlanPlannedFailoverInput, whose plan-wide options (here full download,
 * no new VM) are each machine's default, plus `properties.items` with each machine's own choices.
 * What the portal's plan pane sends and the simulated API accepts; tests on both sides use it.
 */
export const planHyperVFailbackBody = (items?: unknown[]) => ({
  properties: {
    failoverDirection: 'RecoveryToPrimary',
    providerSpecificDetails: [
      {
        instanceType: 'HyperVReplicaAzureFailback',
        dataSyncOption: 'ForDownTime',
        recoveryVmCreationOption: 'NoAction',
      },
    ],
    ...(items ? { items } : {}),
  },
});

/** One machine's entry of `properties.items`: its item id and its HyperVReplicaAzureFailback details. */
export const hyperVFailbackItem = (replicationProtectedItemId: string, details: Record<string, unknown>) => ({
  replicationProtectedItemId,
  providerSpecificDetails: { instanceType: 'HyperVReplicaAzureFailback', ...details },
});

/**
 * The ARM body of Re-protect web-01 from Azure back to on-premises (LIFE-3, docs/api.md §3.1: InMage
 * ReverseReplicationInput) with every value eligible in the default world: what the portal's pane
 * sends and what the simulated API accepts. Tests on both sides use this one example.
 */
export const reprotectWeb01ToOnPremises = (
  profileId = 'contoso-policy-failback',
  overrides: Record<string, unknown> = {},
) => ({
  properties: {
    failoverDirection: 'RecoveryToPrimary' as const,
    providerSpecificDetails: {
      instanceType: 'InMage' as const,
      masterTargetId: 'cs-01',
      processServerId: 'ps-azure-01',
      datastoreName: 'datastore-vmfs-01',
      retentionDrive: 'R:',
      profileId,
      ...overrides,
    },
  },
});

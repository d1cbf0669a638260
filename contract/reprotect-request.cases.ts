/**
 * The ARM body of Re-protect web-01 from Azure back to on-premises (LIFE-3, docs/api.md §3.1: InMage
 * ReverseReplicationInput) with every value eligible in the default world: what the portal's pane
 * sends and what the simulated API accepts. Tests on both sides use this one example.
 */
/** The eligible choices themselves, as the simulation's Re-protect input names them. */
export const REPROTECT_WEB01_CHOICES = {
  masterTarget: 'cs-01',
  processServer: 'ps-azure-01',
  datastore: 'datastore-vmfs-01',
  retentionDrive: 'R:',
  policy: 'contoso-policy-failback',
};

export const reprotectWeb01ToOnPremises = (
  profileId = REPROTECT_WEB01_CHOICES.policy,
  overrides: Record<string, unknown> = {},
) => ({
  properties: {
    failoverDirection: 'RecoveryToPrimary' as const,
    providerSpecificDetails: {
      instanceType: 'InMage' as const,
      masterTargetId: REPROTECT_WEB01_CHOICES.masterTarget,
      processServerId: REPROTECT_WEB01_CHOICES.processServer,
      datastoreName: REPROTECT_WEB01_CHOICES.datastore,
      retentionDrive: REPROTECT_WEB01_CHOICES.retentionDrive,
      profileId,
      ...overrides,
    },
  },
});

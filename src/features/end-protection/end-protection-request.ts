import { itemAction, itemPreamble, psCall, script, type ArmOperationRequest } from '../../api/automation';

export type EndProtectionKind = 'completeMigration' | 'disableReplication';

/** END-1: both are `POST {I}/remove` with a DisableProtectionInput, told apart by the reason. */
export const removeBody = (kind: EndProtectionKind) => ({
  properties: {
    disableProtectionReason: kind === 'completeMigration' ? 'MigrationComplete' : 'NotSpecified',
  },
});

export function buildRemoveRequest(itemId: string, kind: EndProtectionKind): ArmOperationRequest {
  return { method: 'POST', path: itemAction(itemId, 'remove'), body: removeBody(kind) };
}

/**
 * Remove-AzRecoveryServicesAsrReplicationProtectedItem: -InputObject (alias
 * -ReplicationProtectedItem), [-Force] (Azure/azure-powershell, src/RecoveryServices/
 * RecoveryServices/help/Remove-AzRecoveryServicesAsrReplicationProtectedItem.md). The cmdlet
 * has no parameter for disableProtectionReason, so the script says so for Complete migration.
 */
export function removePowerShell(itemId: string, kind: EndProtectionKind): string {
  return script([
    ...itemPreamble(itemId),
    ...(kind === 'completeMigration'
      ? [
          '# The cmdlet has no parameter for disableProtectionReason: MigrationComplete is sent only',
          '# by the ARM request (or az rest) shown with it.',
        ]
      : []),
    psCall('Remove-AzRecoveryServicesAsrReplicationProtectedItem', ['-InputObject $rpi', '-Force']),
  ]);
}

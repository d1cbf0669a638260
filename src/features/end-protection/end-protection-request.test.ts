import { describe, expect, it } from 'vitest';
import { azRestCommand } from '../../api/automation';
import { buildRemoveRequest, removePowerShell } from './end-protection-request';

const ITEM =
  '/Subscriptions/s/resourceGroups/rg/providers/Microsoft.RecoveryServices/vaults/v/replicationFabrics/cs-01/replicationProtectionContainers/cloud_cs-01/replicationProtectedItems/web-01';

describe('END-1 requests (View automation)', () => {
  it('END-1: Complete migration is remove with MigrationComplete; the cmdlet cannot say so and the script tells', () => {
    const request = buildRemoveRequest(ITEM, 'completeMigration');
    expect(request).toEqual({
      method: 'POST',
      path: `${ITEM}/remove`,
      body: { properties: { disableProtectionReason: 'MigrationComplete' } },
    });
    const ps = removePowerShell(ITEM, 'completeMigration');
    expect(ps).toContain('# The cmdlet has no parameter for disableProtectionReason');
    expect(ps).toContain('Remove-AzRecoveryServicesAsrReplicationProtectedItem -InputObject $rpi -Force');
    expect(azRestCommand(request)).toContain('"disableProtectionReason":"MigrationComplete"');
  });

  it('END-1: Disable replication is remove with NotSpecified', () => {
    expect(buildRemoveRequest(ITEM, 'disableReplication').body).toEqual({
      properties: { disableProtectionReason: 'NotSpecified' },
    });
    expect(removePowerShell(ITEM, 'disableReplication')).not.toContain('#');
  });
});

import { describe, expect, it } from 'vitest';
import { azRestCommand } from '../../api/automation';
import { buildReverseReplicateRequest, reverseReplicatePowerShell } from './reverse-replicate-request';

const ITEM =
  '/Subscriptions/s/resourceGroups/rg/providers/Microsoft.RecoveryServices/vaults/v/replicationFabrics/hv-site/replicationProtectionContainers/cloud_hv/replicationProtectedItems/hv-01';

describe('Reverse replicate requests (View automation)', () => {
  it('HV-6: reProtect HyperVReplicaAzure, PrimaryToRecovery; set HyperVToAzure', () => {
    const request = buildReverseReplicateRequest(ITEM);
    expect(request).toEqual({
      method: 'POST',
      path: `${ITEM}/reProtect`,
      body: {
        properties: {
          failoverDirection: 'PrimaryToRecovery',
          providerSpecificDetails: { instanceType: 'HyperVReplicaAzure' },
        },
      },
    });
    expect(reverseReplicatePowerShell(ITEM)).toMatch(
      /Update-AzRecoveryServicesAsrProtectionDirection `\n {2}-HyperVToAzure `\n {2}-ReplicationProtectedItem \$rpi `\n {2}-Direction PrimaryToRecovery$/,
    );
    expect(azRestCommand(request)).toContain('/hv-01/reProtect?api-version=');
  });
});

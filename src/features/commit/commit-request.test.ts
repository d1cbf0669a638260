import { describe, expect, it } from 'vitest';
import { azRestCommand } from '../../api/automation';
import { buildCommitRequest, commitPowerShell } from './commit-request';

const ITEM =
  '/Subscriptions/s/resourceGroups/rg/providers/Microsoft.RecoveryServices/vaults/v/replicationFabrics/cs-01/replicationProtectionContainers/cloud_cs-01/replicationProtectedItems/web-01';

describe('Commit requests (View automation)', () => {
  it('LIFE-2: failoverCommit with an empty body; Start-AzRecoveryServicesAsrCommitFailoverJob', () => {
    const request = buildCommitRequest(ITEM);
    expect(request).toEqual({ method: 'POST', path: `${ITEM}/failoverCommit`, body: {} });
    expect(commitPowerShell(ITEM).split('\n').at(-1)).toBe(
      '$job = Start-AzRecoveryServicesAsrCommitFailoverJob -ReplicationProtectedItem $rpi',
    );
    expect(azRestCommand(request)).toContain(`--body '{}'`);
  });
});

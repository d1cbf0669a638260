import { describe, expect, it } from 'vitest';
import { server } from '../testing/server';
import { ArmError, arm } from './arm-client';
import { simulatorPaths } from './arm-paths';
import { createQueryClient } from './query-client';
import { keys } from './query-keys';
import { recordRunbookMistake } from './runbooks';
import type { RunbookProgress } from './wire-types';

void server; // the real simulated backend answers (src/testing/setup.ts starts it)

describe('a refused operation counts one runbook mistake (docs/runbooks.md §3)', () => {
  it('counts it even before the Runbook panel has read the progress (a refusal right after a page load)', async () => {
    await arm.post(simulatorPaths.runbookStart('vmware-failback-web-01'), {});
    const client = createQueryClient(); // a fresh page: nothing cached, the panel not mounted yet
    expect(client.getQueryData(keys.runbook)).toBeUndefined();
    await recordRunbookMistake(
      client,
      new ArmError(400, 'OperationNotAllowed', 'Commit is not allowed now.'),
    );
    const progress = client.getQueryData<RunbookProgress>(keys.runbook);
    expect(progress?.mistakes).toBe(1);
  });

  it('counts nothing without a running runbook, and never for a 5xx', async () => {
    const client = createQueryClient();
    await recordRunbookMistake(client, new ArmError(400, 'OperationNotAllowed', 'No.'));
    expect(client.getQueryData(keys.runbook)).toBeNull();
    await arm.post(simulatorPaths.runbookStart('vmware-failback-web-01'), {});
    const fresh = createQueryClient();
    await recordRunbookMistake(fresh, new ArmError(500, 'InternalServerError', 'Oops.'));
    expect(fresh.getQueryData(keys.runbook)).toBeUndefined();
  });
});

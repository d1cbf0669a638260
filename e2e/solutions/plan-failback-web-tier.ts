/** Solution of `plan-failback-web-tier`: the replication group through its recovery plan (RPL-1..3, RP-3, FO-2). */
import type { Page } from '@playwright/test';
import {
  caption,
  expectComplete,
  expectStep,
  openPlan,
  pick,
  runPane,
  runUntilJobsFinish,
} from '../demo-kit';

export const runbookId = 'plan-failback-web-tier';

export async function solve(page: Page) {
  await caption(page, 'Re-protect the recovery plan');
  await openPlan(page, 'plan-web-tier');
  await runPane(page, 'Re-protect', async (pane) => {
    // RP-3: both machines of replication group rg-web use the same master target.
    for (const machine of ['web-02', 'web-03']) {
      await pick(page, pane, `Master target server for ${machine}`, 'cs-01');
      await pick(page, pane, `Process server for ${machine}`, 'ps-azure-01');
      await pick(page, pane, `Datastore for ${machine}`, 'datastore-vmfs-01');
    }
  });
  await runUntilJobsFinish(page);
  await expectStep(page, 2);

  await caption(page, 'Fail the plan back');
  await runPane(page, 'Unplanned failover');
  await runUntilJobsFinish(page);
  await expectStep(page, 3);

  await caption(page, 'Commit the plan');
  await runPane(page, 'Commit', async () => {}, { alert: true });
  await runUntilJobsFinish(page);
  await expectComplete(page);
}

/** Solution of `vmware-failback-web-01`: the whole VMware failback cycle on web-01 (LIFE-3..6, LIFE-11). */
import { expect, type Page } from '@playwright/test';
import { failBackFromAzure, moveClock, pick, runPane, runUntilJobsFinish, step, ui } from '../demo-kit';

export const runbookId = 'vmware-failback-web-01';

export async function solve(page: Page) {
  await failBackFromAzure(page, {
    item: 'web-01',
    failBack: 'Fail web-01 back to on-premises',
    essentialsShow: 'Failover completed',
    next: 4,
  });
  await step(page, 'Wait for the agent to register', 5, () => moveClock(page, 'Advance 15 minutes'));
  await step(page, 'Re-protect web-01 to Azure', 'complete', async () => {
    await runPane(page, 'Re-protect', async (pane) => {
      await expect(pane.getByRole('textbox', { name: ui('Direction') })).toHaveValue(
        ui('On-premises to Azure'),
      );
      await pick(page, pane, 'Process server', 'cs-01');
    });
    await runUntilJobsFinish(page);
  });
}

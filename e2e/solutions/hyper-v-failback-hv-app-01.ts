/**
 * Solution of `hyper-v-failback-hv-app-01`: planned failover with synchronize before failover,
 * Complete failover, Commit, Reverse replicate (HV-1..6).
 */
import { expect, type Page } from '@playwright/test';
import {
  command,
  commit,
  essentials,
  openItem,
  openJob,
  runPane,
  runUntilJobsFinish,
  step,
  ui,
} from '../demo-kit';

export const runbookId = 'hyper-v-failback-hv-app-01';

export async function solve(page: Page) {
  await step(page, 'Start a planned failover from Azure', 2, async () => {
    await openItem(page, 'hv-app-01');
    await runPane(page, 'Planned failover', async (pane) => {
      await expect(
        pane.getByRole('radio', {
          name: ui('Synchronize data before failover (synchronize delta changes only)'),
        }),
      ).toBeChecked();
    });
    await runUntilJobsFinish(page);
    await expect(essentials(page)).toContainText(ui('Waiting for Complete failover'));
  });
  await step(page, 'Complete the failover', 3, async () => {
    await openJob(page, 'Planned failover', 'hv-app-01');
    await command(page, 'Complete failover');
    await runUntilJobsFinish(page);
  });
  await step(page, 'Commit the failover', 4, async () => {
    await openItem(page, 'hv-app-01');
    await commit(page);
  });
  await step(page, 'Reverse replicate', 'complete', async () => {
    await runPane(page, 'Reverse replicate');
    await runUntilJobsFinish(page);
  });
}

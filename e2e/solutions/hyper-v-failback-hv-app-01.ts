/**
 * Solution of `hyper-v-failback-hv-app-01`: planned failover with synchronize before failover,
 * Complete failover, Commit, Reverse replicate (HV-1..6).
 */
import { expect, type Page } from '@playwright/test';
import {
  caption,
  command,
  commit,
  essentials,
  expectComplete,
  expectStep,
  openItem,
  openJob,
  runPane,
  runUntilJobsFinish,
  ui,
} from '../demo-kit';

export const runbookId = 'hyper-v-failback-hv-app-01';

export async function solve(page: Page) {
  await caption(page, 'Start a planned failover from Azure');
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
  await expectStep(page, 2);

  await caption(page, 'Complete the failover');
  await openJob(page, 'Planned failover', 'hv-app-01');
  await command(page, 'Complete failover');
  await runUntilJobsFinish(page);
  await expectStep(page, 3);

  await caption(page, 'Commit the failover');
  await openItem(page, 'hv-app-01');
  await commit(page);
  await expectStep(page, 4);

  await caption(page, 'Reverse replicate');
  await runPane(page, 'Reverse replicate');
  await runUntilJobsFinish(page);
  await expectComplete(page);
}

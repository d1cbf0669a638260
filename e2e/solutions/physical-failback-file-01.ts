/** Solution of `physical-failback-file-01`: a physical server fails back as a VMware VM (LIFE-9, MT-1). */
import { expect, type Page } from '@playwright/test';
import {
  caption,
  essentials,
  expectComplete,
  expectStep,
  openItem,
  pick,
  runPane,
  runUntilJobsFinish,
  ui,
} from '../demo-kit';

export const runbookId = 'physical-failback-file-01';

export async function solve(page: Page) {
  await caption(page, 'Re-protect file-01 to on-premises');
  await openItem(page, 'file-01');
  await runPane(page, 'Re-protect', async (pane) => {
    await pick(page, pane, 'Master target server', 'cs-01');
    await pick(page, pane, 'Process server', 'ps-azure-01');
    await pick(page, pane, 'Datastore', 'datastore-vmfs-01');
  });
  await runUntilJobsFinish(page);
  await expectStep(page, 2);

  await caption(page, 'Fail file-01 back as a VMware VM');
  await runPane(page, 'Unplanned failover');
  await runUntilJobsFinish(page);
  await expect(essentials(page)).toContainText(ui('VMware VM'));
  await expectStep(page, 3);

  await caption(page, 'Commit the failback');
  await runPane(page, 'Commit', async () => {}, { alert: true });
  await runUntilJobsFinish(page);
  await expectComplete(page);
}

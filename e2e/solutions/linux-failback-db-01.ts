/** Solution of `linux-failback-db-01`: a Linux VM fails back through the Linux master target (MT-1, RV-6). */
import { expect, type Page } from '@playwright/test';
import {
  caption,
  expectComplete,
  expectStep,
  openItem,
  pick,
  runPane,
  runUntilJobsFinish,
  ui,
} from '../demo-kit';

export const runbookId = 'linux-failback-db-01';

export async function solve(page: Page) {
  await caption(page, 'Re-protect db-01 through the Linux master target');
  await openItem(page, 'db-01');
  await runPane(page, 'Re-protect', async (pane) => {
    await pick(page, pane, 'Master target server', 'mt-linux-01');
    // RV-6: the Linux master target's retention volume is preselected.
    await expect(pane.getByRole('combobox', { name: ui('Retention drive') })).toHaveValue(
      /^\/mnt\/retention/,
    );
    await pick(page, pane, 'Process server', 'ps-azure-01');
    await pick(page, pane, 'Datastore', 'datastore-vmfs-02');
  });
  await runUntilJobsFinish(page);
  await expectStep(page, 2);

  await caption(page, 'Fail db-01 back');
  await runPane(page, 'Unplanned failover');
  await runUntilJobsFinish(page);
  await expectStep(page, 3);

  await caption(page, 'Commit the failback');
  await runPane(page, 'Commit', async () => {}, { alert: true });
  await runUntilJobsFinish(page);
  await expectComplete(page);
}

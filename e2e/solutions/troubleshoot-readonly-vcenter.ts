/** Solution of `troubleshoot-readonly-vcenter`: no datastore is offered until the vCenter account is fixed (DS-4). */
import type { Page } from '@playwright/test';
import {
  caption,
  expectComplete,
  expectStep,
  goToVault,
  moveClock,
  openItem,
  pick,
  runPane,
  runUntilJobsFinish,
  setLabChoice,
} from '../demo-kit';

export const runbookId = 'troubleshoot-readonly-vcenter';

export async function solve(page: Page) {
  await caption(page, 'Give the vCenter account the permissions it needs');
  await setLabChoice(page, 'vCenter account', 'Administrator');
  await expectStep(page, 2);

  // Discovery picks the change up within 15 minutes.
  await caption(page, 'Re-protect web-01');
  await moveClock(page, 'Advance 15 minutes');
  await goToVault(page);
  await openItem(page, 'web-01');
  await runPane(page, 'Re-protect', async (pane) => {
    await pick(page, pane, 'Master target server', 'cs-01');
    await pick(page, pane, 'Process server', 'ps-azure-01');
    await pick(page, pane, 'Datastore', 'datastore-vmfs-01');
  });
  await runUntilJobsFinish(page);
  await expectComplete(page);
}

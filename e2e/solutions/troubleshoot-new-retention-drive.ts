/** Solution of `troubleshoot-new-retention-drive`: add a drive, Refresh server, re-protect (RV-1..7). */
import type { Page } from '@playwright/test';
import {
  addLabDrive,
  caption,
  command,
  expectComplete,
  expectStep,
  goToVault,
  openConfigurationServer,
  openItem,
  reprotectToOnPremises,
  runUntilJobsFinish,
} from '../demo-kit';

export const runbookId = 'troubleshoot-new-retention-drive';

export async function solve(page: Page) {
  await caption(page, 'Add a retention drive to the master target');
  await addLabDrive(page, 'cs-01', 'R:', 500);
  await expectStep(page, 2);

  // RV-7: discovery would take 15 minutes; Refresh server shows the drive at once.
  await caption(page, 'Refresh the configuration server');
  await goToVault(page);
  await openConfigurationServer(page, 'cs-01');
  await command(page, 'Refresh server');
  await expectStep(page, 3);

  await caption(page, 'Re-protect web-01 with the new drive');
  await openItem(page, 'web-01');
  await reprotectToOnPremises(page, { retentionDrive: /^R:/ });
  await runUntilJobsFinish(page);
  await expectComplete(page);
}

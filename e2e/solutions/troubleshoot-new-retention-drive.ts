/** Solution of `troubleshoot-new-retention-drive`: add a drive, Refresh server, re-protect (RV-1..7). */
import type { Page } from '@playwright/test';
import {
  addLabDrive,
  command,
  goToVault,
  openConfigurationServer,
  reprotectAndWait,
  step,
} from '../demo-kit';

export const runbookId = 'troubleshoot-new-retention-drive';

export async function solve(page: Page) {
  await step(page, 'Add a retention drive to the master target', 2, () =>
    addLabDrive(page, 'cs-01', 'R:', 500),
  );
  // RV-7: discovery would take 15 minutes; Refresh server shows the drive at once.
  await step(page, 'Refresh the configuration server', 3, async () => {
    await goToVault(page);
    await openConfigurationServer(page, 'cs-01');
    await command(page, 'Refresh server');
  });
  await step(page, 'Re-protect web-01 with the new drive', 'complete', () =>
    reprotectAndWait(page, { item: 'web-01' }, { retentionDrive: /^R:/ }),
  );
}

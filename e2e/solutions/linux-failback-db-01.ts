/** Solution of `linux-failback-db-01`: a Linux VM fails back through the Linux master target (MT-1, RV-6). */
import type { Page } from '@playwright/test';
import { failBackFromAzure } from '../demo-kit';

export const runbookId = 'linux-failback-db-01';

export async function solve(page: Page) {
  await failBackFromAzure(page, {
    item: 'db-01',
    reprotect: 'Re-protect db-01 through the Linux master target',
    // RV-6: the Linux master target's retention volume is preselected.
    choices: {
      masterTarget: 'mt-linux-01',
      retentionDrive: /^\/mnt\/retention/,
      datastore: 'datastore-vmfs-02',
    },
    failBack: 'Fail db-01 back',
  });
}

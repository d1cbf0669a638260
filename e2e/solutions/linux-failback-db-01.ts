/** Solution of `linux-failback-db-01`: a Linux VM fails back through the Linux master target (MT-1, RV-6). */
import type { Page } from '@playwright/test';
import {
  caption,
  expectComplete,
  expectStep,
  failBackAndCommit,
  openItem,
  reprotectToOnPremises,
  runUntilJobsFinish,
} from '../demo-kit';

export const runbookId = 'linux-failback-db-01';

export async function solve(page: Page) {
  await caption(page, 'Re-protect db-01 through the Linux master target');
  await openItem(page, 'db-01');
  // RV-6: the Linux master target's retention volume is preselected.
  await reprotectToOnPremises(page, {
    masterTarget: 'mt-linux-01',
    retentionDrive: /^\/mnt\/retention/,
    datastore: 'datastore-vmfs-02',
  });
  await runUntilJobsFinish(page);
  await expectStep(page, 2);

  await failBackAndCommit(page, { step: 2, failBack: 'Fail db-01 back' });
  await expectComplete(page);
}

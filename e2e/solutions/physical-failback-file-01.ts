/** Solution of `physical-failback-file-01`: a physical server fails back as a VMware VM (LIFE-9, MT-1). */
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

export const runbookId = 'physical-failback-file-01';

export async function solve(page: Page) {
  await caption(page, 'Re-protect file-01 to on-premises');
  await openItem(page, 'file-01');
  await reprotectToOnPremises(page);
  await runUntilJobsFinish(page);
  await expectStep(page, 2);

  await failBackAndCommit(page, {
    step: 2,
    failBack: 'Fail file-01 back as a VMware VM',
    essentialsShow: 'VMware VM',
  });
  await expectComplete(page);
}

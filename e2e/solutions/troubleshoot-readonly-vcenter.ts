/** Solution of `troubleshoot-readonly-vcenter`: no datastore is offered until the vCenter account is fixed (DS-4). */
import type { Page } from '@playwright/test';
import {
  caption,
  expectComplete,
  expectStep,
  goToVault,
  moveClock,
  openItem,
  reprotectToOnPremises,
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
  await reprotectToOnPremises(page);
  await runUntilJobsFinish(page);
  await expectComplete(page);
}

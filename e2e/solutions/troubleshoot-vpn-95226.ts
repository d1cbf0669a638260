/** Solution of `troubleshoot-vpn-95226`: the expected 95226 failure, the VPN fix in the Lab, Restart (RP-4). */
import type { Page } from '@playwright/test';
import {
  caption,
  expectComplete,
  expectJobError,
  expectStep,
  goToVault,
  openItem,
  openJob,
  reprotectToOnPremises,
  restartJob,
  runUntilJobsFinish,
  setLabSwitch,
} from '../demo-kit';

export const runbookId = 'troubleshoot-vpn-95226';

export async function solve(page: Page) {
  await caption(page, 'Re-protect web-01: it fails with 95226');
  await openItem(page, 'web-01');
  await reprotectToOnPremises(page);
  await runUntilJobsFinish(page);
  await expectJobError(page, 'Reprotect', 'web-01', '95226');
  await expectStep(page, 2);

  await caption(page, 'Connect the site-to-site VPN');
  await setLabSwitch(page, 'Site-to-site VPN connected', true);
  await expectStep(page, 3);

  await caption(page, 'Restart the job');
  await goToVault(page);
  await openJob(page, 'Reprotect', 'web-01');
  await restartJob(page);
  await expectComplete(page);
}

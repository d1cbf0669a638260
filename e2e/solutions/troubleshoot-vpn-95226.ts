/** Solution of `troubleshoot-vpn-95226`: the expected 95226 failure, the VPN fix in the Lab, Restart (RP-4). */
import type { Page } from '@playwright/test';
import { expectJobError, reprotectAndWait, restartJob, setLabSwitch, step } from '../demo-kit';

export const runbookId = 'troubleshoot-vpn-95226';

export async function solve(page: Page) {
  await step(page, 'Re-protect web-01: it fails with 95226', 2, async () => {
    await reprotectAndWait(page, { item: 'web-01' });
    await expectJobError(page, 'Reprotect', 'web-01', '95226');
  });
  await step(page, 'Connect the site-to-site VPN', 3, () =>
    setLabSwitch(page, 'Site-to-site VPN connected', true),
  );
  await step(page, 'Restart the job', 'complete', () =>
    restartJob(page, { job: 'Reprotect', item: 'web-01' }),
  );
}

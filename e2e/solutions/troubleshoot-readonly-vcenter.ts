/** Solution of `troubleshoot-readonly-vcenter`: no datastore is offered until the vCenter account is fixed (DS-4). */
import type { Page } from '@playwright/test';
import { goToVault, moveClock, reprotectAndWait, setLabChoice, step } from '../demo-kit';

export const runbookId = 'troubleshoot-readonly-vcenter';

export async function solve(page: Page) {
  await step(page, 'Give the vCenter account the permissions it needs', 2, () =>
    setLabChoice(page, 'vCenter account', 'Administrator'),
  );
  await step(page, 'Re-protect web-01', 'complete', async () => {
    // Discovery picks the change up within 15 minutes.
    await moveClock(page, 'Advance 15 minutes');
    await goToVault(page);
    await reprotectAndWait(page, { item: 'web-01' });
  });
}

/** Solution of `vmware-failback-web-01`: the whole VMware failback cycle on web-01 (LIFE-3..6, LIFE-11). */
import { expect, type Page } from '@playwright/test';
import {
  caption,
  expectComplete,
  expectStep,
  failBackAndCommit,
  moveClock,
  openItem,
  pick,
  reprotectToOnPremises,
  runPane,
  runUntilJobsFinish,
  ui,
} from '../demo-kit';

export const runbookId = 'vmware-failback-web-01';

export async function solve(page: Page) {
  await caption(page, 'Re-protect web-01 to on-premises');
  await openItem(page, 'web-01');
  await reprotectToOnPremises(page);
  await runUntilJobsFinish(page);
  await expectStep(page, 2);

  await failBackAndCommit(page, {
    step: 2,
    failBack: 'Fail web-01 back to on-premises',
    essentialsShow: 'Failover completed',
  });
  await expectStep(page, 4);

  await caption(page, 'Wait for the agent to register');
  await moveClock(page, 'Advance 15 minutes');
  await expectStep(page, 5);

  await caption(page, 'Re-protect web-01 to Azure');
  await runPane(page, 'Re-protect', async (pane) => {
    await expect(pane.getByRole('textbox', { name: ui('Direction') })).toHaveValue(
      ui('On-premises to Azure'),
    );
    await pick(page, pane, 'Process server', 'cs-01');
  });
  await runUntilJobsFinish(page);
  await expectComplete(page);
}

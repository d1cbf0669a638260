/** Solution of `plan-failback-web-tier`: the replication group through its recovery plan (RPL-1..3, RP-3, FO-2). */
import type { Page } from '@playwright/test';
import {
  caption,
  expectComplete,
  expectStep,
  failBackAndCommit,
  openPlan,
  reprotectToOnPremises,
  runUntilJobsFinish,
} from '../demo-kit';

export const runbookId = 'plan-failback-web-tier';

export async function solve(page: Page) {
  await caption(page, 'Re-protect the recovery plan');
  await openPlan(page, 'plan-web-tier');
  // RP-3: both machines of replication group rg-web use the same master target.
  await reprotectToOnPremises(page, { machines: ['web-02', 'web-03'] });
  await runUntilJobsFinish(page);
  await expectStep(page, 2);

  await failBackAndCommit(page, { step: 2, failBack: 'Fail the plan back', commit: 'Commit the plan' });
  await expectComplete(page);
}

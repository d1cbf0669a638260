/** Solution of `plan-failback-web-tier`: the replication group through its recovery plan (RPL-1..3, RP-3, FO-2). */
import type { Page } from '@playwright/test';
import { failBackFromAzure } from '../demo-kit';

export const runbookId = 'plan-failback-web-tier';

export async function solve(page: Page) {
  // RP-3: both machines of replication group rg-web use the same master target.
  await failBackFromAzure(page, {
    plan: 'plan-web-tier',
    reprotect: 'Re-protect the recovery plan',
    choices: { machines: ['web-02', 'web-03'] },
    failBack: 'Fail the plan back',
    commit: 'Commit the plan',
  });
}

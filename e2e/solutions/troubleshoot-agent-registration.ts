/** Solution of `troubleshoot-agent-registration`: the re-protect right after failover fails (agent); wait, Restart (LIFE-11). */
import type { Page } from '@playwright/test';
import { expectJobError, moveClock, reprotectAndWait, restartJob, step } from '../demo-kit';

export const runbookId = 'troubleshoot-agent-registration';

export async function solve(page: Page) {
  await step(page, 'Re-protect web-01 right after failover: it fails', 2, async () => {
    await reprotectAndWait(page, { item: 'web-01' });
    await expectJobError(page, 'Reprotect', 'web-01', /agent/i);
  });
  await step(page, 'Wait for the agent to register', 3, () => moveClock(page, 'Advance 15 minutes'));
  await step(page, 'Restart the job', 'complete', () => restartJob(page));
}

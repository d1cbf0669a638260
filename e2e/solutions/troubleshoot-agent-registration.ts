/** Solution of `troubleshoot-agent-registration`: the re-protect right after failover fails (agent); wait, Restart (LIFE-11). */
import type { Page } from '@playwright/test';
import {
  caption,
  expectComplete,
  expectJobError,
  expectStep,
  moveClock,
  openItem,
  reprotectToOnPremises,
  restartJob,
  runUntilJobsFinish,
} from '../demo-kit';

export const runbookId = 'troubleshoot-agent-registration';

export async function solve(page: Page) {
  await caption(page, 'Re-protect web-01 right after failover: it fails');
  await openItem(page, 'web-01');
  await reprotectToOnPremises(page);
  await runUntilJobsFinish(page);
  await expectJobError(page, 'Reprotect', 'web-01', /agent/i);
  await expectStep(page, 2);

  await caption(page, 'Wait for the agent to register');
  await moveClock(page, 'Advance 15 minutes');
  await expectStep(page, 3);

  await caption(page, 'Restart the job');
  await restartJob(page);
  await expectComplete(page);
}

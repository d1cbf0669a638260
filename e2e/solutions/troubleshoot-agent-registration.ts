/** Solution of `troubleshoot-agent-registration`: the re-protect right after failover fails (agent); wait, Restart (LIFE-11). */
import { expect, type Page } from '@playwright/test';
import {
  caption,
  command,
  expectComplete,
  expectStep,
  moveClock,
  openItem,
  openJob,
  pick,
  runPane,
  runUntilJobsFinish,
  ui,
} from '../demo-kit';

export const runbookId = 'troubleshoot-agent-registration';

export async function solve(page: Page) {
  await caption(page, 'Re-protect web-01 right after failover: it fails');
  await openItem(page, 'web-01');
  await runPane(page, 'Re-protect', async (pane) => {
    await pick(page, pane, 'Master target server', 'cs-01');
    await pick(page, pane, 'Process server', 'ps-azure-01');
    await pick(page, pane, 'Datastore', 'datastore-vmfs-01');
  });
  await runUntilJobsFinish(page);
  await openJob(page, 'Reprotect', 'web-01');
  await expect(page.getByRole('region', { name: ui('Error details') })).toContainText(/agent/i);
  await expectStep(page, 2);

  await caption(page, 'Wait for the agent to register');
  await moveClock(page, 'Advance 15 minutes');
  await expectStep(page, 3);

  await caption(page, 'Restart the job');
  await command(page, 'Restart');
  await runUntilJobsFinish(page);
  await expectComplete(page);
}

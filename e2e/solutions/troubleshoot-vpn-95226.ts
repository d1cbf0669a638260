/** Solution of `troubleshoot-vpn-95226`: the expected 95226 failure, the VPN fix in the Lab, Restart (RP-4). */
import { expect, type Page } from '@playwright/test';
import {
  caption,
  command,
  expectComplete,
  expectStep,
  goToVault,
  openItem,
  openJob,
  pick,
  runPane,
  runUntilJobsFinish,
  setLabSwitch,
  ui,
} from '../demo-kit';

export const runbookId = 'troubleshoot-vpn-95226';

export async function solve(page: Page) {
  await caption(page, 'Re-protect web-01: it fails with 95226');
  await openItem(page, 'web-01');
  await runPane(page, 'Re-protect', async (pane) => {
    await pick(page, pane, 'Master target server', 'cs-01');
    await pick(page, pane, 'Process server', 'ps-azure-01');
    await pick(page, pane, 'Datastore', 'datastore-vmfs-01');
  });
  await runUntilJobsFinish(page);
  await openJob(page, 'Reprotect', 'web-01');
  await expect(page.getByRole('region', { name: ui('Error details') })).toContainText(ui('95226'));
  await expectStep(page, 2);

  await caption(page, 'Connect the site-to-site VPN');
  await setLabSwitch(page, 'Site-to-site VPN connected', true);
  await expectStep(page, 3);

  await caption(page, 'Restart the job');
  await goToVault(page);
  await openJob(page, 'Reprotect', 'web-01');
  await command(page, 'Restart');
  await runUntilJobsFinish(page);
  await expectComplete(page);
}

/** Solution of `process-server-in-azure`: add a failback process server in Azure, wait, re-protect through it (PS-1, PS-3, PS-4). */
import type { Locator, Page } from '@playwright/test';
import {
  moveClock,
  openConfigurationServer,
  reprotectAndWait,
  runPane,
  runUntilJobsFinish,
  step,
  ui,
} from '../demo-kit';

export const runbookId = 'process-server-in-azure';

async function choose(page: Page, pane: Locator, field: string, option: RegExp) {
  await pane.getByRole('combobox', { name: ui(field) }).click();
  await page.getByRole('option', { name: option }).first().click();
}

export async function solve(page: Page) {
  await step(page, 'Add a failback process server in Azure', 2, async () => {
    await openConfigurationServer(page, 'cs-01');
    await runPane(page, 'Add process server', async (pane) => {
      await choose(page, pane, 'Azure network', / \(Resource Manager\)$/);
      await choose(page, pane, 'Resource group', /^contoso-dr-rg/);
      await pane.getByRole('textbox', { name: ui('Server name') }).fill('ps-azure-02');
      await pane.getByRole('textbox', { name: ui('User name') }).fill('psadmin');
      await pane.getByLabel('Password').fill('Failback-2026!');
      await choose(page, pane, 'Storage account', /^contosodrstorage/);
      await choose(page, pane, 'Subnet', /^default/);
      await choose(page, pane, 'Network interface', /^ps-nic-/);
    });
    await runUntilJobsFinish(page);
  });
  // PS-3: the new process server shows under the configuration server 10–15 minutes later.
  await step(page, 'Wait for the process server', 3, () => moveClock(page, 'Advance 15 minutes'));
  await step(page, 'Re-protect web-01 through the Azure process server', 'complete', () =>
    reprotectAndWait(page, { item: 'web-01' }, { processServer: 'ps-azure-02' }),
  );
}

import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { clock, commands, failoverAndCommit, openItem, openJobFor, reprotectToOnPremises } from './helpers';

const CS = '/vaults/contoso-vault/infrastructure/configuration-servers/cs-01';

async function openAddProcessServer(page: Page) {
  await commands(page).getByRole('button', { name: 'Add process server' }).click();
  const pane = page.getByRole('dialog', { name: 'Add process server' });
  await expect(pane.getByRole('radio', { name: 'Deploy a failback process server in Azure' })).toBeChecked();
  return pane;
}

async function choose(page: Page, scope: ReturnType<Page['getByRole']>, field: string, option: RegExp) {
  await scope.getByRole('combobox', { name: field }).click();
  await page.getByRole('option', { name: option }).click();
}

test('PS-3: a classic network shows only the Marketplace instructions', async ({
  page,
  scenario,
  checkA11y,
}) => {
  await scenario('default', { path: '/vaults/contoso-vault/infrastructure/configuration-servers' });
  await expect(page.getByRole('heading', { level: 1, name: 'Configuration servers' })).toBeVisible();
  await page.getByRole('table').getByRole('link', { name: 'cs-01', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'cs-01' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('Configuration server');
  await checkA11y();

  const pane = await openAddProcessServer(page);
  await choose(page, pane, 'Azure network', / \(classic\)$/);
  await expect(pane).toContainText('Microsoft Azure Site Recovery Process Server V2 (classic)');
  await expect(pane.getByRole('textbox', { name: 'Server name' })).toHaveCount(0);
  await expect(pane.getByRole('button', { name: 'OK' })).toBeDisabled();
  await checkA11y();
});

test('PS-3: a Resource Manager network validates like Azure, then the PS appears and is offered in Re-protect', async ({
  page,
  scenario,
  checkA11y,
}) => {
  await scenario('default', { path: CS });
  const pane = await openAddProcessServer(page);
  await choose(page, pane, 'Azure network', / \(Resource Manager\)$/);
  await choose(page, pane, 'Resource group', /^contoso-dr-rg/);
  await pane.getByRole('textbox', { name: 'Server name' }).fill('-ps-azure');
  await pane.getByRole('textbox', { name: 'User name' }).fill('administrator');
  await pane.getByLabel('Password').fill('lowercaseonly');
  await pane.getByRole('button', { name: 'OK' }).click();
  await expect(pane).toContainText("The server name can't start or end with a hyphen.");
  await expect(pane).toContainText('This user name is reserved');
  await expect(pane).toContainText('The password must contain 3 of');
  await expect(pane).toContainText('Select a network interface.');
  await expect(pane.getByRole('textbox', { name: 'Server name' })).toBeFocused();
  await checkA11y();

  // Valid input → job "Add process server"; the PS shows 10–15 simulated minutes after it (PS-3).
  await pane.getByRole('textbox', { name: 'Server name' }).fill('ps-azure-02');
  await pane.getByRole('textbox', { name: 'User name' }).fill('psadmin');
  await pane.getByLabel('Password').fill('Failback-2026!');
  await choose(page, pane, 'Storage account', /^contosodrstorage/);
  await choose(page, pane, 'Subnet', /^default/);
  await choose(page, pane, 'Network interface', /^ps-nic-02/);
  await pane.getByRole('button', { name: 'OK' }).click();
  await expect(pane).toBeHidden();
  await clock(page, 'Run until jobs finish');
  await expect(page.getByRole('tabpanel')).toContainText('ps-azure-01');
  await expect(page.getByRole('tabpanel')).not.toContainText('ps-azure-02');
  await clock(page, 'Advance 15 minutes');
  const row = page.getByRole('tabpanel').getByRole('row').filter({ hasText: 'ps-azure-02' });
  await expect(row).toContainText('Azure');
  await expect(row).toContainText('Resource Manager');

  await page
    .getByRole('navigation', { name: 'Vault menu' })
    .getByRole('link', { name: 'Site Recovery jobs' })
    .click();
  await expect(page.getByRole('link', { name: 'Add process server' }).first()).toBeVisible();

  // PS-2: the new process server has a heartbeat, so web-01's Re-protect offers it.
  await openItem(page, 'web-01');
  await commands(page).getByRole('button', { name: 'Re-protect' }).click();
  const reprotect = page.getByRole('dialog', { name: 'Re-protect' });
  await reprotect.getByRole('combobox', { name: 'Process server' }).click();
  await expect(page.getByRole('option', { name: /^ps-azure-02( |$)/ })).toBeVisible();
});

test('PS-2, PS-6: the Process servers tab shows location, model and heartbeat', async ({
  page,
  scenario,
}) => {
  await scenario('default', { path: CS });
  const tab = page.getByRole('tabpanel');
  await expect(tab.getByRole('row').filter({ hasText: 'ps-azure-01' })).toContainText('Azure');
  await expect(tab.getByRole('row').filter({ hasText: 'ps-azure-01' })).toContainText('Resource Manager');
  await expect(tab.getByRole('row').filter({ hasText: 'ps-scaleout-02' })).toContainText('No heartbeat');
  await page.getByRole('tab', { name: 'vCenter / ESXi' }).click();
  await expect(page.getByRole('tabpanel').getByRole('row').filter({ hasText: 'esxi-01' })).toContainText(
    'datastore-vmfs-01',
  );
});

test('PS-5: the Azure process server can be deleted once failback completes', async ({
  page,
  scenario,
  checkA11y,
}) => {
  test.slow(); // a whole failback (re-protect, failover, commit) before the delete
  await scenario('default', { item: 'web-01' });
  await reprotectToOnPremises(page);
  await clock(page, 'Run until jobs finish');

  // While web-01 replicates through it, Delete is disabled and says why.
  await page.goto(CS);
  const inUse = page.getByRole('button', { name: 'Delete ps-azure-01' });
  await expect(inUse).toHaveAttribute('aria-disabled', 'true');
  await expect(inUse).toHaveAccessibleDescription(/1 machine replicates through this process server/);
  await expect(page.getByRole('button', { name: 'Delete cs-01' })).toHaveAccessibleDescription(
    /Only the failback process server in Azure/,
  );

  // Failback: failover from Azure, then commit.
  await openItem(page, 'web-01');
  await failoverAndCommit(page);

  await page.goto(CS);
  await page.getByRole('button', { name: 'Delete ps-azure-01' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Delete process server' });
  await expect(dialog).toContainText("Delete the process server 'ps-azure-01'?");
  await checkA11y();
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect(dialog).toBeHidden();
  await clock(page, 'Run until jobs finish');
  const tab = page.getByRole('tabpanel');
  await expect(tab.getByRole('row').filter({ hasText: 'ps-scaleout-02' })).toBeVisible();
  await expect(tab.getByRole('row').filter({ hasText: 'ps-azure-01' })).toHaveCount(0);
  await openJobFor(page, 'Remove process server', 'ps-azure-01');
  await expect(page.getByRole('main')).toContainText('Succeeded');
});

async function addDrive(page: Page, mt: string, drive: string) {
  await page.getByRole('banner').getByRole('link', { name: 'Lab' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Lab' })).toBeVisible();
  await page.getByRole('button', { name: `Add drive to ${mt}` }).click();
  const dialog = page.getByRole('dialog', { name: `Add a drive to ${mt}` });
  await dialog.getByRole('textbox', { name: 'Drive letter or mount point' }).fill(drive);
  await dialog.getByRole('spinbutton', { name: 'Capacity (GB)' }).fill('300');
  await dialog.getByRole('button', { name: 'Add' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('switch', { name: `Lock ${drive} on ${mt}` })).toBeVisible();
}

function volumesOf(page: Page, mt: string) {
  return page.getByRole('table', { name: `Retention volumes ${mt}` });
}

test('RV-7: a drive added in the Lab appears at once after Refresh server', async ({
  page,
  scenario,
  checkA11y,
}) => {
  await scenario('default', { path: '/lab' });
  await addDrive(page, 'cs-01', 'S:');
  await checkA11y();
  await page.goto(CS);
  await page.getByRole('tab', { name: 'Master target servers' }).click();
  await expect(volumesOf(page, 'cs-01')).toContainText('R:');
  await expect(volumesOf(page, 'cs-01').getByRole('row').filter({ hasText: 'S:' })).toHaveCount(0);
  await commands(page).getByRole('button', { name: 'Refresh server' }).click();
  await expect(volumesOf(page, 'cs-01').getByRole('row').filter({ hasText: 'S:' })).toContainText('Eligible');
  await checkA11y();
});

test('RV-7: a drive added in the Lab appears after 15 simulated minutes and in Re-protect', async ({
  page,
  scenario,
}) => {
  await scenario('default', { path: '/lab' });
  await addDrive(page, 'cs-01', 'S:');
  await page.goto(CS);
  await page.getByRole('tab', { name: 'Master target servers' }).click();
  await expect(volumesOf(page, 'cs-01')).toContainText('R:');
  await expect(volumesOf(page, 'cs-01').getByRole('row').filter({ hasText: 'S:' })).toHaveCount(0);
  await clock(page, 'Advance 15 minutes');
  await expect(volumesOf(page, 'cs-01').getByRole('row').filter({ hasText: 'S:' })).toBeVisible();

  await openItem(page, 'web-01');
  await commands(page).getByRole('button', { name: 'Re-protect' }).click();
  const pane = page.getByRole('dialog', { name: 'Re-protect' });
  await choose(page, pane, 'Master target server', /^cs-01( |$)/);
  await pane.getByRole('combobox', { name: 'Retention drive' }).click();
  await expect(page.getByRole('option', { name: /^S:( |$)/ })).toBeVisible();
});

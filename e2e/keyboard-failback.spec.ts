import { test, expect } from './fixtures';
import { commands, essentials } from './helpers';
import { arrowTo, choose, tabTo, toCommand } from './keyboard';
import type { Page } from '@playwright/test';

const banner = (page: Page) => page.getByRole('banner');
const clockButton = (page: Page) => banner(page).getByRole('button', { name: 'Simulation clock' });

/**
 * The Simulation clock from the keyboard (docs/ui-names.md §7, §10): the pressed button keeps focus
 * while time moves, Esc closes the dialog, focus returns to the header button.
 */
async function clockByKeyboard(page: Page, button: 'Advance 15 minutes' | 'Run until jobs finish') {
  await tabTo(page, { role: 'button', name: 'Simulation clock' }, { back: true });
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Simulation clock' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('combobox', { name: 'Speed' })).toBeFocused();
  await tabTo(page, { role: 'button', name: button });
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('button', { name: button })).toBeFocused();
  await expect(dialog.getByRole('button', { name: button })).toBeEnabled();
  await expect(dialog.getByRole('button', { name: button })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(clockButton(page)).toBeFocused();
}

test.describe('docs/ui-names.md §10: the whole VMware failback cycle with the keyboard alone', () => {
  test('web-01: LIFE-3 → LIFE-4 → LIFE-5 → LIFE-11 wait → LIFE-6, Tab/arrows/Enter/Esc/typing only', async ({
    page,
    scenario,
  }) => {
    test.slow();
    await scenario('default', { path: '/vaults/contoso-vault/replicated-items/web-01' });
    await expect(page.getByRole('heading', { level: 1, name: 'web-01' })).toBeVisible();
    await expect(essentials(page)).toContainText('Failover committed');
    const reprotect = commands(page).getByRole('button', { name: 'Re-protect' });

    // Esc on an unchanged pane closes it and focus returns to the command that opened it.
    await toCommand(page, 'Re-protect');
    await expect(reprotect).toBeFocused();
    await page.keyboard.press('Enter');
    const pane = page.getByRole('dialog', { name: 'Re-protect' });
    await expect(pane.getByRole('textbox', { name: 'Direction' })).toHaveValue('Azure to on-premises');
    await expect(pane.getByRole('button', { name: 'Close' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(pane).toBeHidden();
    await expect(reprotect).toBeFocused();

    // LIFE-3: re-protect Azure → on-premises.
    await page.keyboard.press('Enter');
    await expect(pane.getByRole('button', { name: 'Close' })).toBeFocused();
    await choose(page, 'Master target server', 'cs-01');
    // The option's whole label: typed text alone would show "cs-01" with nothing chosen.
    await expect(pane.getByRole('combobox', { name: 'Master target server' })).toHaveValue(/^cs-01 \(/);
    // RV-6: choosing the MT preselects its default retention drive.
    await expect(pane.getByRole('combobox', { name: 'Retention drive' })).toHaveValue(/^R:/);
    await choose(page, 'Process server', 'ps-azure-01');
    await expect(pane.getByRole('combobox', { name: 'Process server' })).toHaveValue(/^ps-azure-01/);
    await choose(page, 'Datastore', 'datastore-vmfs-01');
    await expect(pane.getByRole('combobox', { name: 'Datastore' })).toHaveValue(/^datastore-vmfs-01/);
    await tabTo(page, { role: 'button', name: 'OK' });
    await page.keyboard.press('Enter');
    await expect(pane).toBeHidden();
    await expect(reprotect).toBeFocused();
    await expect(essentials(page)).toContainText('Re-protecting');
    // The job's toast never traps Tab: through its link and on, round to the header.
    await tabTo(page, { role: 'link', name: 'Go to job' });
    await expect(page.getByRole('link', { name: 'Go to job' })).toBeFocused();
    await tabTo(page, { role: 'button', name: 'Simulation clock' });
    await tabTo(page, { role: 'link', name: 'Go to job' }, { back: true });
    await tabTo(page, { role: 'button', name: 'Re-protect' }, { back: true });

    await clockByKeyboard(page, 'Run until jobs finish');
    await expect(essentials(page)).toContainText('Protected');
    await expect(essentials(page)).toContainText('Azure to on-premises');

    // LIFE-4: unplanned failover from Azure with the latest recovery point.
    await toCommand(page, 'Unplanned failover');
    const failoverCommand = commands(page).getByRole('button', { name: 'Unplanned failover' });
    await expect(failoverCommand).toBeFocused();
    await page.keyboard.press('Enter');
    const failover = page.getByRole('dialog', { name: 'Unplanned failover' });
    await expect(failover.getByRole('textbox', { name: 'To' })).toHaveValue('On-premises');
    await expect(failover.getByRole('button', { name: 'Close' })).toBeFocused();
    await expect(failover.getByRole('radio', { name: /Latest \(lowest RPO\)/ })).toBeChecked();
    await tabTo(page, { role: 'button', name: 'OK' });
    await page.keyboard.press('Enter');
    await expect(failover).toBeHidden();
    await expect(failoverCommand).toBeFocused();
    await clockByKeyboard(page, 'Run until jobs finish');
    await expect(essentials(page)).toContainText('Failover completed');

    // LIFE-5: commit (an alert dialog); Space presses OK as Enter does.
    await toCommand(page, 'Commit');
    const commitCommand = commands(page).getByRole('button', { name: 'Commit' });
    await page.keyboard.press('Enter');
    const commit = page.getByRole('alertdialog', { name: 'Commit' });
    await expect(commit).toBeVisible();
    await expect(commit.getByRole('button', { name: 'OK' })).toBeFocused();
    await page.keyboard.press('Space');
    await expect(commit).toBeHidden();
    await expect(commitCommand).toBeFocused();
    await clockByKeyboard(page, 'Run until jobs finish');
    await expect(essentials(page)).toContainText('Failover committed');

    // LIFE-6 too early: within 15 minutes of the on-premises boot the agent is not there (LIFE-11).
    await toCommand(page, 'Re-protect');
    await page.keyboard.press('Enter');
    await expect(pane.getByRole('textbox', { name: 'Direction' })).toHaveValue('On-premises to Azure');
    await expect(pane.getByRole('button', { name: 'Close' })).toBeFocused();
    await choose(page, 'Process server', 'cs-01');
    await tabTo(page, { role: 'button', name: 'OK' });
    await page.keyboard.press('Enter');
    await expect(pane).toBeHidden();
    await expect(reprotect).toBeFocused();
    await clockByKeyboard(page, 'Run until jobs finish');

    // The failed job, through the vault menu and the jobs list.
    await tabTo(page, { role: 'link', name: 'Site Recovery jobs' });
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Site Recovery jobs' })).toBeVisible();
    // The grid: Tab reaches its header, ArrowDown the newest job's name cell, Enter goes into the
    // cell (its link), Enter opens the job.
    await tabTo(page, { role: 'columnheader', name: 'Name' });
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('gridcell', { name: 'Reprotect' }).first()).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('grid').getByRole('link', { name: 'Reprotect' }).first()).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Reprotect' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Error details' })).toContainText(/agent/i);

    // LIFE-11: wait the 15 simulated minutes, then Restart runs the job again and it succeeds.
    await clockByKeyboard(page, 'Advance 15 minutes');
    await toCommand(page, 'Restart');
    await page.keyboard.press('Enter');
    await clockByKeyboard(page, 'Run until jobs finish');
    await expect(page.getByRole('main')).toContainText('Succeeded');

    // Back to web-01: protected again, on-premises to Azure (LIFE-6 done).
    await tabTo(page, { role: 'link', name: 'Replicated items' });
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Replicated items' })).toBeVisible();
    // The items grid moves with arrows: Tab reaches its first header, ArrowDown walks the names.
    await tabTo(page, { role: 'button', name: 'Name' });
    await arrowTo(page, { role: 'link', name: 'web-01' });
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'web-01' })).toBeVisible();
    await expect(essentials(page)).toContainText('Protected');
    await expect(essentials(page)).toContainText('On-premises to Azure');
  });
});

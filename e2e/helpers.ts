import { expect, type Locator, type Page } from '@playwright/test';
import {
  commands,
  essentials,
  failoverAndCommit,
  openItem,
  pickOption,
  reprotectToOnPremises,
} from './demo-kit';

/**
 * Small steps shared by the runbook specs (no page objects: names come from docs/ui-names.md). The
 * ones the demo kit already has (open an item, the blade's commands and essentials, Re-protect to
 * on-premises, Unplanned failover and Commit) come from e2e/demo-kit.ts.
 */
export { commands, essentials, failoverAndCommit, openItem, reprotectToOnPremises };

export async function expectStatus(page: Page, status: string) {
  await expect(essentials(page)).toContainText(status);
}

/** Opens the Simulation clock dialog, presses one of its buttons, closes it. */
export async function clock(
  page: Page,
  button: 'Advance 1 minute' | 'Advance 15 minutes' | 'Advance 1 hour' | 'Run until jobs finish',
) {
  await page.getByRole('banner').getByRole('button', { name: 'Simulation clock' }).click();
  const dialog = page.getByRole('dialog', { name: 'Simulation clock' });
  await dialog.getByRole('button', { name: button }).click();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
}

/** Picks an option of a combobox by the start of its accessible name. */
export async function pick(scope: Locator, page: Page, field: string, option: string) {
  await pickOption(scope.getByRole('combobox', { name: field }), page, option);
}

export async function openJobFor(page: Page, jobName: string, item: string) {
  await page
    .getByRole('navigation', { name: 'Vault menu' })
    .getByRole('link', { name: 'Site Recovery jobs' })
    .click();
  const row = page.getByRole('row').filter({ hasText: item }).filter({ hasText: jobName }).first();
  await row.getByRole('link', { name: jobName }).click();
  await expect(page.getByRole('heading', { level: 1, name: jobName })).toBeVisible();
}

/**
 * Opens a pane (a dialog named by its title) with a command of the blade's toolbar "Commands" and
 * returns it; Commit and the like are alert dialogs (`alert: true`).
 */
export async function openPane(page: Page, command: string, { alert = false } = {}): Promise<Locator> {
  await commands(page).getByRole('button', { name: command, exact: true }).click();
  return page.getByRole(alert ? 'alertdialog' : 'dialog', { name: command });
}

/** Opens an item's blade and its Re-protect pane. */
export async function openReprotect(page: Page, item: string): Promise<Locator> {
  await openItem(page, item);
  return openPane(page, 'Re-protect');
}

/** Cancel on a changed pane, then Discard in "Discard changes?": the pane closes. */
export async function discardPane(page: Page, pane: Locator) {
  await pane.getByRole('button', { name: 'Cancel' }).click();
  await page
    .getByRole('alertdialog', { name: 'Discard changes?' })
    .getByRole('button', { name: 'Discard' })
    .click();
  await expect(pane).toBeHidden();
}

/** Opens the Lab with a full load: a pane left open would make the header inert; the world survives reloads. */
export async function openLab(page: Page) {
  await page.goto('/lab');
  await expect(page.getByRole('heading', { level: 1, name: 'Lab' })).toBeVisible();
}

/** Opens the Lab and sets one of its switches on or off (the switch shows the answered write). */
export async function setLabSwitch(page: Page, name: string, on: boolean) {
  await openLab(page);
  const control = page.getByRole('switch', { name });
  if ((await control.isChecked()) !== on) await control.click();
  await expect(control).toBeChecked({ checked: on });
  // Shown at once, stored once answered (docs/ui-names.md §10): a reload waits for the store.
  await expect(control).not.toHaveAttribute('aria-busy', 'true');
}

/** Opens the Lab and chooses an option of one of its comboboxes (vCenter account, Licence of …). */
export async function setLabChoice(page: Page, name: string, option: string) {
  await openLab(page);
  const control = page.getByRole('combobox', { name });
  await control.click();
  await page.getByRole('option', { name: option, exact: true }).click();
  await expect(control).toHaveText(option);
}

/**
 * Back to the vault inside the app (the product name in the header), as a person would: a reload
 * could drop a Lab write still on its way (the Lab shows a change at once, docs/ui-names.md §10);
 * in the app, later requests wait for it.
 */
export async function backToVault(page: Page) {
  await page.getByRole('banner').getByRole('link', { name: 'Site Recovery Simulator' }).click();
  await expect(page.getByRole('navigation', { name: 'Vault menu' })).toBeVisible();
}

/**
 * From the Lab back to the vault: re-protects web-01 to on-premises (cs-01, the process server,
 * datastore-vmfs-01), runs the job and opens it; its Error details must carry `code`.
 */
export async function reprotectFails(page: Page, code: string, processServer = 'ps-azure-01') {
  await backToVault(page);
  await openItem(page, 'web-01');
  await reprotectToOnPremises(page, { processServer });
  await clock(page, 'Run until jobs finish');
  await openJobFor(page, 'Reprotect', 'web-01');
  await expect(page.getByRole('region', { name: 'Error details' })).toContainText(code);
}

/** Restart on the open job's blade, the job run to its end: Succeeded. */
export async function restartSucceeds(page: Page) {
  await commands(page).getByRole('button', { name: 'Restart' }).click();
  await clock(page, 'Run until jobs finish');
  await expect(page.getByRole('main')).toContainText('Succeeded');
}

/**
 * Mended in the Lab: back to the vault inside the app (a Lab write still on its way is stored before
 * any later request, docs/ui-names.md §10), the newest `job` of `item`, then `restartSucceeds`.
 */
export async function restartFromVault(page: Page, job: string, item: string) {
  await backToVault(page);
  await openJobFor(page, job, item);
  await restartSucceeds(page);
}

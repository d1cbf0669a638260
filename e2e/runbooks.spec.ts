import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { test, expect, checkA11y } from './fixtures';
import {
  expectComplete,
  expectStep,
  openItem,
  reprotectToOnPremises,
  runbookPanel,
  runUntilJobsFinish,
  setLabSwitch,
  startRunbook,
  goToVault,
} from './demo-kit';
import * as vmwareFailbackWeb01 from './solutions/vmware-failback-web-01';
import * as physicalFailbackFile01 from './solutions/physical-failback-file-01';
import * as linuxFailbackDb01 from './solutions/linux-failback-db-01';
import * as hyperVFailbackHvApp01 from './solutions/hyper-v-failback-hv-app-01';
import * as planFailbackWebTier from './solutions/plan-failback-web-tier';
import * as processServerInAzure from './solutions/process-server-in-azure';
import * as troubleshootVpn95226 from './solutions/troubleshoot-vpn-95226';
import * as troubleshootReadonlyVcenter from './solutions/troubleshoot-readonly-vcenter';
import * as troubleshootNewRetentionDrive from './solutions/troubleshoot-new-retention-drive';
import * as troubleshootAgentRegistration from './solutions/troubleshoot-agent-registration';

/**
 * docs/runbooks.md §2–§4: every built-in runbook's solution script brings it to Runbook complete with
 * no mistake, through the real portal; and the panel, blades and report behave as §3 says.
 */
const solutions: { runbookId: string; solve: (page: Page) => Promise<void> }[] = [
  vmwareFailbackWeb01,
  physicalFailbackFile01,
  linuxFailbackDb01,
  hyperVFailbackHvApp01,
  planFailbackWebTier,
  processServerInAzure,
  troubleshootVpn95226,
  troubleshootReadonlyVcenter,
  troubleshootNewRetentionDrive,
  troubleshootAgentRegistration,
];

// vmware-failback-web-01's solution runs in the report test below (with one hint, which changes no
// step), where the same checks are made: Runbook complete, Mistakes: 0 on the panel and the report.
for (const solution of solutions.filter((s) => s !== vmwareFailbackWeb01)) {
  test(`solution: ${solution.runbookId} reaches Runbook complete with Mistakes: 0`, async ({ page }) => {
    test.slow();
    await startRunbook(page, solution.runbookId);
    await expectStep(page, 1);
    await solution.solve(page);
    const panel = runbookPanel(page);
    await expectComplete(page);
    await expect(panel.getByText('Mistakes: 0', { exact: true })).toBeVisible();
    // The report agrees with the panel.
    await panel.getByRole('link', { name: 'View report' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Runbook report' })).toBeVisible();
    const figures = page.getByRole('main');
    await expect(figures.getByRole('definition').first()).toHaveText('0');
  });
}

test('vmware-failback-web-01 wrong turn: VPN disconnected before re-protect → the job fails → Mistakes: 1', async ({
  page,
}) => {
  await startRunbook(page, 'vmware-failback-web-01');
  const panel = runbookPanel(page);
  await setLabSwitch(page, 'Site-to-site VPN connected', false);
  // A Lab change is not a portal operation: no mistake yet.
  await expect(panel.getByText('Mistakes: 0', { exact: true })).toBeVisible();
  await goToVault(page);
  await openItem(page, 'web-01');
  await reprotectToOnPremises(page);
  await runUntilJobsFinish(page);
  // RP-4 / 95226: the step does not expect this failure, so it is a mistake; the step stays current.
  await expect(panel.getByText('Mistakes: 1', { exact: true })).toBeVisible();
  await expectStep(page, 1);
});

test('?runbook= with ?speed=: the clock runs after the start and the panel moves on by itself', async ({
  page,
}) => {
  await startRunbook(page, 'vmware-failback-web-01', { speed: '600' });
  await openItem(page, 'web-01');
  await reprotectToOnPremises(page);
  // No clock step: the running clock finishes the job and the panel's polling sees it.
  await expectStep(page, 2);
  await expect(runbookPanel(page).getByText('Mistakes: 0', { exact: true })).toBeVisible();
});

test('a portal operation the API refuses (4xx) counts one mistake', async ({ page }) => {
  await startRunbook(page, 'vmware-failback-web-01');
  const panel = runbookPanel(page);
  // web-01 is Failover committed: Commit is not allowed now, and a deep link opens it anyway.
  await page.goto('/vaults/contoso-vault/replicated-items/web-01/commit');
  const commit = page.getByRole('alertdialog', { name: 'Commit' });
  await commit.getByRole('button', { name: 'OK' }).click();
  await expect(commit.getByText('The operation could not be started')).toBeVisible();
  await commit.getByRole('button', { name: 'Cancel' }).click();
  await expect(commit).toBeHidden();
  await expect(panel.getByText('Mistakes: 1', { exact: true })).toBeVisible();
  await expectStep(page, 1);
});

/**
 * A button that asks first (docs/ui-names.md §10): its question closes with Cancel (opened by a
 * click) and with Esc (opened by Enter), and each time focus returns to the button.
 */
async function expectAskChangesNothing(page: Page, opener: Locator, ask: Locator) {
  await opener.click();
  await ask.getByRole('button', { name: 'Cancel' }).click();
  await expect(ask).toBeHidden();
  await expect(opener).toBeFocused();
  await opener.press('Enter');
  await expect(ask).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(ask).toBeHidden();
  await expect(opener).toBeFocused();
}

test('Start runbook from its blade asks first; Show hint, reload and Stop runbook', async ({
  page,
  scenario,
}) => {
  await scenario('default');
  await page.getByRole('banner').getByRole('link', { name: 'Runbooks' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Runbooks' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('Training');
  const table = page.getByRole('table', { name: 'Runbooks' });
  await table.getByRole('link', { name: 'Fail back web-01 to on-premises' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Fail back web-01 to on-premises' }),
  ).toBeVisible();

  // Cancel (and Esc) change nothing; focus returns to the opener.
  const start = page.getByRole('main').getByRole('button', { name: 'Start runbook' });
  const ask = page.getByRole('alertdialog', { name: 'Start runbook?' });
  await expectAskChangesNothing(page, start, ask);
  await expect(runbookPanel(page)).toBeHidden();

  await start.click();
  await ask.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(page.getByRole('navigation', { name: 'Vault menu' })).toBeVisible();
  const panel = runbookPanel(page);
  await expect(panel.getByText('Step 1 of 5', { exact: true })).toBeVisible();
  const steps = panel.getByRole('list', { name: 'Steps' }).getByRole('listitem');
  await expect(steps.nth(0)).toHaveText(/^Re-protect web-01 to on-premises\s*Current$/);
  await expect(steps.nth(1)).toHaveText(/Not started$/);

  // Show hint: two hints on step 1, then disabled but focusable.
  const hint = panel.getByRole('button', { name: 'Show hint' });
  await hint.click();
  await expect(panel.getByText('Hints used: 1', { exact: true })).toBeVisible();
  await hint.click();
  await expect(panel.getByText('Hints used: 2', { exact: true })).toBeVisible();
  await expect(hint).toHaveAttribute('aria-disabled', 'true');
  await hint.focus();
  await expect(hint).toBeFocused();

  // Collapse / expand.
  await panel.getByRole('button', { name: 'Collapse runbook' }).click();
  await expect(panel.getByRole('list', { name: 'Steps' })).toBeHidden();
  await panel.getByRole('button', { name: 'Expand runbook' }).click();
  await expect(panel.getByRole('list', { name: 'Steps' })).toBeVisible();

  // Progress is part of the saved world: a reload keeps it.
  await openItem(page, 'web-01');
  await reprotectToOnPremises(page);
  await runUntilJobsFinish(page);
  await expectStep(page, 2);
  await page.reload();
  await expect(panel.getByText('Step 2 of 5', { exact: true })).toBeVisible();
  await expect(panel.getByText('Hints used: 2', { exact: true })).toBeVisible();
  await expect(steps.nth(0)).toHaveText(/Done$/);

  // Stop runbook asks first; Cancel keeps it; Stop removes the panel.
  const stop = panel.getByRole('button', { name: 'Stop runbook' });
  const confirm = page.getByRole('alertdialog', { name: 'Stop runbook?' });
  await expectAskChangesNothing(page, stop, confirm);
  await stop.click();
  await confirm.getByRole('button', { name: 'Stop', exact: true }).click();
  await expect(panel).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: 'web-01' })).toBeFocused();

  // The stopped run's report can still be read from the runbook's blade.
  await page.getByRole('banner').getByRole('link', { name: 'Runbooks' }).click();
  await table.getByRole('link', { name: 'Fail back web-01 to on-premises' }).click();
  await page.getByRole('main').getByRole('link', { name: 'View report' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Runbook report' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('This runbook is not complete yet.');
  await expect(page.getByRole('main').getByRole('definition').nth(1)).toHaveText('2'); // Hints used
});

test('solution: vmware-failback-web-01 reaches Runbook complete with Mistakes: 0; the report blade shows the steps and the figures; Download report gives JSON', async ({
  page,
}) => {
  test.slow();
  await startRunbook(page, 'vmware-failback-web-01');
  await expectStep(page, 1);
  const panel = runbookPanel(page);
  await panel.getByRole('button', { name: 'Show hint' }).click();
  await expect(panel.getByText('Hints used: 1', { exact: true })).toBeVisible();
  await vmwareFailbackWeb01.solve(page);
  await expectComplete(page);
  await expect(panel.getByText('Mistakes: 0', { exact: true })).toBeVisible();
  await panel.getByRole('link', { name: 'View report' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Runbook report' })).toBeVisible();
  const main = page.getByRole('main');
  await expect(main).toContainText('Fail back web-01 to on-premises');
  const table = main.getByRole('table', { name: 'Steps' });
  await expect(table.getByRole('columnheader')).toHaveText([
    'Step',
    'Result',
    'Simulated time',
    'Time taken',
    'Hints',
  ]);
  await expect(table.getByRole('row')).toHaveCount(6);
  await expect(table.getByRole('row').nth(1)).toContainText('Re-protect web-01 to on-premises');
  await expect(table.getByRole('row').nth(1)).toContainText('Done');
  const figures = main.getByRole('definition');
  await expect(figures.nth(0)).toHaveText('0'); // Mistakes
  await expect(figures.nth(1)).toHaveText('1'); // Hints used
  await expect(main.getByRole('term')).toHaveText(['Mistakes', 'Hints used', 'Total time']);
  await checkA11y(page);
  const download = page.waitForEvent('download');
  await main.getByRole('button', { name: 'Download report' }).click();
  const file = await download;
  const report = JSON.parse(readFileSync(await file.path(), 'utf8'));
  expect(report).toMatchObject({
    runbookId: 'vmware-failback-web-01',
    complete: true,
    mistakes: 0,
    hintsUsed: 1,
  });
});

/** Import runbook on the Runbooks blade, answering its file chooser with `document` as JSON. */
async function importRunbook(page: Page, name: string, document: unknown) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import runbook' }).click();
  await (
    await chooser
  ).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(document)) });
}

test('Import runbook: an invalid file shows an alert with the problems and changes nothing', async ({
  page,
  scenario,
}) => {
  await scenario('default');
  await page.goto('/runbooks');
  const table = page.getByRole('table', { name: 'Runbooks' });
  await expect(table.getByRole('row').nth(1)).toBeVisible();
  const rows = await table.getByRole('row').count();
  await importRunbook(page, 'bad.runbook.json', { id: 'Not Kebab', version: 1, steps: [] });
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The runbook was not imported. Nothing changed.');
  await expect(alert.getByRole('listitem').first()).toBeVisible();
  await expect(table.getByRole('row')).toHaveCount(rows);
  await checkA11y(page);
  // Export of a built-in gives its JSON document; imported under a new id it joins the table.
  const download = page.waitForEvent('download');
  await table.getByRole('button', { name: 'Export Fail back web-01 to on-premises' }).click();
  const exported = await download;
  expect(exported.suggestedFilename()).toBe('vmware-failback-web-01.runbook.json');
  const document = JSON.parse(readFileSync(await exported.path(), 'utf8'));
  expect(document).toMatchObject({ id: 'vmware-failback-web-01', version: 1 });
  const copy = { ...document, id: 'my-web-01-drill', title: { en: 'My web-01 drill' } };
  await importRunbook(page, 'my-web-01-drill.runbook.json', copy);
  await expect(
    page.getByRole('status').filter({ hasText: 'Runbook “My web-01 drill” imported.' }),
  ).toBeVisible();
  await expect(page.getByRole('alert')).toBeHidden();
  await expect(table.getByRole('row')).toHaveCount(rows + 1);
  await expect(table.getByRole('row').last()).toContainText('Imported');
  await table.getByRole('link', { name: 'My web-01 drill' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My web-01 drill' })).toBeVisible();
});

for (const lang of ['en', 'pt-BR', 'nl-NL'] as const) {
  test(`axe: the Runbook panel open in ${lang}, on the vault and on the runbook blade`, async ({ page }) => {
    await startRunbook(page, 'vmware-failback-web-01', { lang });
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await runbookPanel(page).getByRole('button').first().waitFor();
    await checkA11y(page);
    await page.goto('/runbooks/vmware-failback-web-01');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await checkA11y(page);
  });
}

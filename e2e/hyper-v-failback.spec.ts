import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { clock, commands, essentials, openItem, openJobFor, openPane } from './helpers';

const DELTA = 'Synchronize data before failover (synchronize delta changes only)';
const FULL = 'Synchronize data during failover only (full download)';

/** Opens Planned failover on the item blade, picks the data synchronization option, OK. */
async function plannedFailover(page: Page, option: string, checkA11y?: () => Promise<void>) {
  const pane = await openPane(page, 'Planned failover');
  // HV-1: the failback is a failover whose direction is Azure → on-premises, shown read-only.
  await expect(pane.getByRole('textbox', { name: 'From' })).toHaveValue('Azure');
  await expect(pane.getByRole('textbox', { name: 'To' })).toHaveValue('On-premises');
  await expect(pane).toContainText('failover from Azure to on-premises');
  const sync = pane.getByRole('radiogroup', { name: 'Data synchronization' });
  await expect(sync.getByRole('radio', { name: DELTA })).toBeChecked();
  await sync.getByRole('radio', { name: option }).check();
  // HV-5: the host name appears only for an alternate location.
  await expect(pane.getByRole('combobox', { name: /Host name/ })).toHaveCount(0);
  await pane
    .getByRole('checkbox', { name: 'Create on-premises virtual machine if it does not exist' })
    .check();
  await expect(pane.getByRole('combobox', { name: /Host name/ })).toBeVisible();
  await pane
    .getByRole('checkbox', { name: 'Create on-premises virtual machine if it does not exist' })
    .uncheck();
  if (checkA11y) await checkA11y();
  await pane.getByRole('button', { name: 'OK' }).click();
  await expect(pane).toBeHidden();
}

async function commitAndReverseReplicate(page: Page, checkA11y: () => Promise<void>) {
  // HV-6: Commit pending → Commit deletes the Azure VM.
  const commit = await openPane(page, 'Commit', { alert: true });
  await expect(commit).toContainText('Azure virtual machine');
  await commit.getByRole('button', { name: 'OK' }).click();
  await expect(commit).toBeHidden();
  await clock(page, 'Run until jobs finish');
  await expect(essentials(page)).toContainText('Failover committed');

  // HV-6: Reverse replicate protects on-premises → Azure again.
  const reverse = await openPane(page, 'Reverse replicate');
  await expect(reverse.getByRole('textbox', { name: 'Direction' })).toHaveValue('On-premises to Azure');
  await checkA11y();
  await reverse.getByRole('button', { name: 'OK' }).click();
  await expect(reverse).toBeHidden();
  await clock(page, 'Run until jobs finish');
  await expect(essentials(page)).toContainText('Protected');
  await expect(essentials(page)).toContainText('On-premises to Azure');
}

test.describe('hv-app-01: the Hyper-V failback (HV)', () => {
  test('HV-1..3, HV-6: synchronize before failover → Complete failover → Commit → Reverse replicate', async ({
    page,
    scenario,
    checkA11y,
  }) => {
    test.slow(); // the whole Hyper-V runbook in one journey: 3× the suite timeout
    await scenario('default', { item: 'hv-app-01' });
    await expect(essentials(page)).toContainText('Failover committed');
    // HV-2: from Azure only Planned failover; HV-6: Re-protect is Reverse replicate for Hyper-V.
    await expect(commands(page).getByRole('button', { name: 'Unplanned failover' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    await plannedFailover(page, DELTA, checkA11y);
    await expect(essentials(page)).toContainText('Failover in progress');

    // HV-3: phase 1 ends, the job waits for Complete failover.
    await clock(page, 'Run until jobs finish');
    await expect(essentials(page)).toContainText('Waiting for Complete failover');
    await openJobFor(page, 'Planned failover', 'hv-app-01');
    await expect(page.getByRole('main')).toContainText('Waiting for input');
    await checkA11y();
    await commands(page).getByRole('button', { name: 'Complete failover' }).click();
    await clock(page, 'Run until jobs finish');
    await expect(page.getByRole('main')).toContainText('Succeeded');

    await openItem(page, 'hv-app-01');
    await expect(essentials(page)).toContainText('Commit pending');
    await commitAndReverseReplicate(page, checkA11y);
  });

  test('HV-3: synchronize during failover only (full download) runs in one go', async ({
    page,
    scenario,
    checkA11y,
  }) => {
    await scenario('default', { item: 'hv-app-01' });
    await plannedFailover(page, FULL);
    await clock(page, 'Run until jobs finish');
    // No Complete failover step: straight to Commit pending.
    await expect(essentials(page)).toContainText('Commit pending');
    await openJobFor(page, 'Planned failover', 'hv-app-01');
    await expect(page.getByRole('main')).toContainText('Succeeded');
    await expect(page.getByRole('main')).toContainText('full download');
    await openItem(page, 'hv-app-01');
    await commitAndReverseReplicate(page, checkA11y);
  });

  test('HV-7: cancelling during data synchronization leaves the VM corrupted; re-running repairs it', async ({
    page,
    scenario,
    checkA11y,
  }) => {
    await scenario('default', { item: 'hv-app-01' });
    await plannedFailover(page, DELTA);
    await clock(page, 'Advance 1 minute');
    await clock(page, 'Advance 1 minute');
    await openJobFor(page, 'Planned failover', 'hv-app-01');
    await commands(page).getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByRole('main')).toContainText('Cancelled');

    await openItem(page, 'hv-app-01');
    const warning = page.getByText('The on-premises VM may not boot: re-run the failover', { exact: false });
    await expect(warning).toBeVisible();
    await checkA11y();
    await expect(essentials(page)).toContainText('Failover committed');
    await plannedFailover(page, FULL);
    await clock(page, 'Run until jobs finish');
    await expect(essentials(page)).toContainText('Commit pending');
    await expect(warning).toBeHidden();
  });

  test('HV-2: with the primary Hyper-V host disconnected the planned failover cannot start', async ({
    page,
    scenario,
  }) => {
    await scenario('default', { path: '/lab' });
    // The switch is controlled by the lab document: it turns off once the PATCH is answered.
    await page.getByRole('switch', { name: 'Hyper-V host connected' }).click();
    await expect(page.getByRole('switch', { name: 'Hyper-V host connected' })).not.toBeChecked();
    // Stored once answered: only then may the page reload (docs/ui-names.md §10).
    await expect(page.getByRole('switch', { name: 'Hyper-V host connected' })).not.toHaveAttribute(
      'aria-busy',
      'true',
    );
    await page.goto('/vaults/contoso-vault/replicated-items/hv-app-01');
    await expect(
      commands(page).getByRole('button', { name: 'Planned failover', exact: true }),
    ).toHaveAttribute('aria-disabled', 'true');
    // A deep link to the pane says why and keeps OK disabled.
    await page.goto('/vaults/contoso-vault/replicated-items/hv-app-01/planned-failover');
    const pane = page.getByRole('dialog', { name: 'Planned failover' });
    await expect(pane).toContainText('The primary Hyper-V host is not connected');
    await expect(pane.getByRole('button', { name: 'OK' })).toBeDisabled();
  });
});

import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import {
  clock,
  commands,
  essentials,
  expectStatus,
  openItem,
  openJobFor,
  openLab,
  openPane,
  pick,
  reprotectToOnPremises,
  restartFromVault,
} from './helpers';

/** Test failover and Cleanup test failover (docs/rules.md §12, TF-1..5), on app-01 and on a plan. */

async function startTestFailover(page: Page) {
  const pane = await openPane(page, 'Test failover');
  await expect(pane.getByRole('combobox', { name: 'Azure virtual network' })).toHaveValue(
    /^contoso-test-vnet /,
  );
  await pane.getByRole('button', { name: 'OK' }).click();
  await expect(pane).toBeHidden();
}

test('TF-1, TF-2, TF-3: test failover of app-01 into the test network, then cleanup with notes', async ({
  page,
  scenario,
  checkA11y,
}) => {
  await scenario('default', { item: 'app-01' });
  const pane = await openPane(page, 'Test failover');
  await expect(pane.getByRole('textbox', { name: 'From' })).toHaveValue('On-premises');
  await expect(pane.getByRole('textbox', { name: 'To' })).toHaveValue('Azure');
  await expect(pane.getByRole('radiogroup', { name: 'Recovery point' })).toBeVisible();
  const network = pane.getByRole('combobox', { name: 'Azure virtual network' });
  await expect(network).toHaveValue(/^contoso-test-vnet /);
  // TF-4: a production network is allowed but warned against.
  await pick(pane, page, 'Azure virtual network', 'contoso-vnet');
  await expect(pane).toContainText('contoso-vnet is a production network');
  await checkA11y();
  await pick(pane, page, 'Azure virtual network', 'contoso-test-vnet');
  await expect(pane).not.toContainText('is a production network');
  await pane.getByRole('button', { name: 'OK' }).click();
  await expect(pane).toBeHidden();
  await expectStatus(page, 'Test failover in progress');

  await clock(page, 'Run until jobs finish');
  await expectStatus(page, 'Test failover cleanup pending');
  // TF-1: replication goes on; TF-2: one test at a time.
  await expect(essentials(page)).toContainText('On-premises to Azure');
  const again = commands(page).getByRole('button', { name: 'Test failover', exact: true });
  await expect(again).toHaveAttribute('aria-disabled', 'true');
  await again.hover();
  await expect(page.getByRole('tooltip')).toContainText('Cleanup test failover');

  // The Lab lists the test VM while it exists.
  await openLab(page);
  const vms = page.getByRole('region', { name: 'Virtual machines' });
  await expect(vms.getByRole('heading', { name: 'app-01-test' })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'app-01' })).toBeVisible();

  // TF-3: notes, and the confirmation that must be checked before OK.
  await commands(page).getByRole('button', { name: 'Cleanup test failover' }).click();
  const cleanup = page.getByRole('dialog', { name: 'Test failover cleanup' });
  await cleanup.getByRole('textbox', { name: 'Notes' }).fill('Drill passed: app-01 answered on 443');
  const confirm = cleanup.getByRole('checkbox', {
    name: 'Testing is complete. Delete test failover virtual machine(s)',
  });
  await cleanup.getByRole('button', { name: 'OK' }).click();
  await expect(cleanup).toContainText('Confirm that testing is complete');
  await expect(confirm).toBeFocused();
  await checkA11y();
  await confirm.check();
  await cleanup.getByRole('button', { name: 'OK' }).click();
  await expect(cleanup).toBeHidden();
  await expectStatus(page, 'Cleaning up test failover');
  await clock(page, 'Run until jobs finish');
  await expectStatus(page, 'Protected');

  await openJobFor(page, 'Cleanup test failover', 'app-01');
  await expect(page.getByRole('main')).toContainText('Drill passed: app-01 answered on 443');
  await expect(page.getByRole('main')).toContainText('Succeeded');
  await openLab(page);
  await expect(
    page.getByRole('region', { name: 'Virtual machines' }).getByRole('heading', { name: 'app-01-test' }),
  ).toHaveCount(0);
});

test('TF-4: a test VM left from an earlier test fails the next test failover; deleting it in the Lab and Restart succeed', async ({
  page,
  scenario,
}) => {
  await scenario('test-failover-stale-vm', { item: 'app-01' });
  await startTestFailover(page);
  await clock(page, 'Run until jobs finish');
  await expectStatus(page, 'Protected');
  await openJobFor(page, 'Test failover', 'app-01');
  const details = page.getByRole('region', { name: 'Error details' });
  await expect(details).toContainText(
    'One or more replica IP addresses for the network adapter of virtual machine is invalid',
  );
  await expect(details).toContainText('990013');

  await openLab(page);
  await page.getByRole('button', { name: 'Delete app-01-test' }).click();
  await expect(page.getByRole('heading', { name: 'app-01-test' })).toHaveCount(0);
  await restartFromVault(page, 'Test failover', 'app-01');
});

test('TF-5: in the Azure to on-premises direction Test failover is disabled with the reason', async ({
  page,
  scenario,
}) => {
  await scenario('default', { item: 'web-01' });
  await reprotectToOnPremises(page);
  await clock(page, 'Run until jobs finish');
  await expect(essentials(page)).toContainText('Azure to on-premises');
  const command = commands(page).getByRole('button', { name: 'Test failover', exact: true });
  await expect(command).toHaveAttribute('aria-disabled', 'true');
  await command.hover();
  await expect(page.getByRole('tooltip')).toContainText(
    'Test failover isn’t supported in the Azure to on-premises direction',
  );
  await expect(commands(page).getByRole('button', { name: 'Cleanup test failover' })).toHaveAttribute(
    'aria-disabled',
    'true',
  );
});

test('TF-1, TF-3: a recovery plan runs test failover and cleanup for its machines', async ({
  page,
  scenario,
  checkA11y,
}) => {
  await scenario('default', { plan: 'plan-app-tier' });
  const pane = await openPane(page, 'Test failover');
  await expect(pane.getByRole('combobox', { name: 'Azure virtual network' })).toHaveValue(
    /^contoso-test-vnet /,
  );
  await checkA11y();
  await pane.getByRole('button', { name: 'OK' }).click();
  await expect(pane).toBeHidden();
  await clock(page, 'Run until jobs finish');

  const cleanupCommand = commands(page).getByRole('button', { name: 'Cleanup test failover' });
  await expect(cleanupCommand).not.toHaveAttribute('aria-disabled', 'true');
  await cleanupCommand.click();
  const cleanup = page.getByRole('dialog', { name: 'Test failover cleanup' });
  await cleanup.getByRole('textbox', { name: 'Notes' }).fill('Plan drill passed');
  await cleanup
    .getByRole('checkbox', { name: 'Testing is complete. Delete test failover virtual machine(s)' })
    .check();
  await checkA11y();
  await cleanup.getByRole('button', { name: 'OK' }).click();
  await expect(cleanup).toBeHidden();
  await clock(page, 'Run until jobs finish');

  await page.goto('/vaults/contoso-vault');
  await openItem(page, 'app-01');
  await expectStatus(page, 'Protected');
  await openJobFor(page, 'Cleanup test failover', 'plan-app-tier');
  await expect(page.getByRole('main')).toContainText('Plan drill passed');
});

import { test, expect } from './fixtures';
import { commands, openItem } from './helpers';

/**
 * docs/ui-names.md §10, written the way a demo engineer scripts the portal: Playwright's own `check()`,
 * `uncheck()`, `fill()` and `press('Escape')`, with no waiting on the portal's requests.
 */
test('Lab switches take check() and uncheck(), and the choice is stored', async ({ page, scenario }) => {
  await scenario('default', { path: '/lab' });
  const vpn = page.getByRole('switch', { name: 'Site-to-site VPN connected' });
  const heartbeat = page.getByRole('switch', { name: 'ps-azure-01 heartbeat' });
  const running = page.getByRole('switch', { name: 'web-01 running' });
  // RP-4, PS-2, 78093: each switch shows the choice at once, so check()/uncheck() see it change.
  await vpn.uncheck();
  await expect(vpn).not.toBeChecked();
  await expect(vpn).toBeFocused();
  await heartbeat.uncheck();
  await running.check();
  await vpn.check();
  await heartbeat.check();
  await running.uncheck();
  await vpn.uncheck();
  // Nothing was disabled meanwhile, and the last choices are what the simulated backend stores
  // (a reload at once could cancel the last request still on its way: ask the API first).
  await expect
    .poll(() =>
      page.evaluate(async () => {
        const lab = await (await fetch('/simulator/lab')).json();
        return [
          lab.network.vpnConnected,
          lab.processServers['ps-azure-01'].heartbeat,
          lab.virtualMachines['web-01'].azureVmRunning,
        ];
      }),
    )
    .toEqual([false, true, false]);
  await page.reload();
  await expect(vpn).not.toBeChecked();
  await expect(heartbeat).toBeChecked();
  await expect(running).not.toBeChecked();
});

test('the Simulation clock: press Escape right after each of its buttons', async ({ page, scenario }) => {
  await scenario('default');
  const open = page.getByRole('banner').getByRole('button', { name: 'Simulation clock' });
  const dialog = page.getByRole('dialog', { name: 'Simulation clock' });
  const time = page.getByRole('banner').getByText(/^Simulated time:/);
  for (const button of [
    'Advance 1 minute',
    'Advance 15 minutes',
    'Advance 1 hour',
    'Run until jobs finish',
  ]) {
    const before = await time.textContent();
    await open.click();
    await dialog.getByRole('button', { name: button }).click();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(open).toBeFocused();
    if (button !== 'Run until jobs finish') await expect(time).not.toHaveText(before ?? '');
  }
  // The Speed dropdown too: choose, then Escape closes the dialog.
  await open.click();
  await dialog.getByRole('combobox', { name: 'Speed' }).click();
  await page.getByRole('option', { name: '60×' }).click();
  await dialog.getByRole('combobox', { name: 'Speed' }).press('Escape');
  await expect(dialog).toBeHidden();
});

test('press(Escape) closes each dialog and pane; focus returns to what opened it', async ({
  page,
  scenario,
}) => {
  await scenario('default');
  const notifications = page.getByRole('banner').getByRole('button', { name: /^Notifications/ });
  await notifications.click();
  await expect(page.getByRole('dialog', { name: 'Notifications' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Notifications' })).toBeHidden();
  await expect(notifications).toBeFocused();

  await openItem(page, 'web-01');
  const reprotect = commands(page).getByRole('button', { name: 'Re-protect' });
  await reprotect.click();
  const pane = page.getByRole('dialog', { name: 'Re-protect' });
  await expect(pane.getByRole('textbox', { name: 'Direction' })).toBeVisible();
  await pane.press('Escape');
  await expect(pane).toBeHidden();
  await expect(reprotect).toBeFocused();

  // A changed pane asks first; Escape there keeps editing, a second Escape asks again.
  await reprotect.click();
  await pane.getByRole('combobox', { name: 'Master target server' }).click();
  await page.getByRole('option', { name: /^cs-01/ }).click();
  await page.keyboard.press('Escape');
  const discard = page.getByRole('alertdialog', { name: 'Discard changes?' });
  await expect(discard).toBeVisible();
  await discard.getByRole('button', { name: 'Discard' }).click();
  await expect(pane).toBeHidden();
  await expect(reprotect).toBeFocused();

  await page.goto('/lab');
  const add = page.getByRole('button', { name: 'Add drive to cs-01' });
  await add.click();
  await expect(page.getByRole('dialog', { name: 'Add a drive to cs-01' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Add a drive to cs-01' })).toBeHidden();
  await expect(add).toBeFocused();
});

test('fill() on the replicated items filter', async ({ page, scenario }) => {
  await scenario('default', { path: '/vaults/contoso-vault/replicated-items' });
  const grid = page.getByRole('grid');
  const filter = page.getByRole('searchbox', { name: 'Filter by name' });
  await filter.fill('web');
  await expect(grid.getByRole('link', { name: 'web-01', exact: true })).toBeVisible();
  await expect(grid.getByRole('link', { name: 'db-01', exact: true })).toBeHidden();
  await filter.fill('');
  await expect(grid.getByRole('link', { name: 'db-01', exact: true })).toBeVisible();
});

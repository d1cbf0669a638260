import { test, expect } from './fixtures';
import { commands, discardPane, openReprotect, pick } from './helpers';

test('MT-1, PS-2, DS-1, DS-3, RV-1..6: web-01 sees only eligible options and why the others are excluded', async ({
  page,
  scenario,
  checkA11y,
}) => {
  await scenario('default');
  const pane = await openReprotect(page, 'web-01');

  // MT-1: only the Windows master target.
  await pane.getByRole('combobox', { name: 'Master target server' }).click();
  await expect(page.getByRole('option', { name: /^cs-01( |$)/ })).toBeVisible();
  await expect(page.getByRole('option', { name: /^mt-linux-01( |$)/ })).toHaveCount(0);
  await page.keyboard.press('Escape');
  await pane.getByRole('button', { name: 'Excluded master target servers (1)' }).click();
  await expect(pane.getByRole('listitem').filter({ hasText: 'mt-linux-01' })).toBeVisible();

  // PS-2: the process server without a heartbeat is excluded.
  await pane.getByRole('combobox', { name: 'Process server' }).click();
  await expect(page.getByRole('option', { name: /^cs-01( |$)/ })).toBeVisible();
  await expect(page.getByRole('option', { name: /^ps-azure-01( |$)/ })).toBeVisible();
  await expect(page.getByRole('option', { name: /^ps-scaleout-02( |$)/ })).toHaveCount(0);
  await page.keyboard.press('Escape');
  await pane.getByRole('button', { name: 'Excluded process servers (1)' }).click();
  await expect(pane.getByRole('listitem').filter({ hasText: 'ps-scaleout-02' })).toBeVisible();

  // Datastore and retention lists exist only once a master target is chosen.
  await expect(pane.getByRole('button', { name: /^Excluded datastores/ })).toHaveCount(0);
  await pick(pane, page, 'Master target server', 'cs-01');

  // DS-1, DS-3: VMFS and vSAN on esxi-01; NFS excluded.
  await pane.getByRole('combobox', { name: 'Datastore' }).click();
  await expect(page.getByRole('option', { name: /^datastore-vmfs-01( |$)/ })).toBeVisible();
  await expect(page.getByRole('option', { name: /^datastore-vsan-01( |$)/ })).toBeVisible();
  await expect(page.getByRole('option', { name: /^datastore-nfs-01( |$)/ })).toHaveCount(0);
  await expect(page.getByRole('option', { name: /^datastore-vmfs-02( |$)/ })).toHaveCount(0);
  await page.keyboard.press('Escape');
  await pane.getByRole('button', { name: 'Excluded datastores (1)' }).click();
  await expect(pane.getByRole('listitem').filter({ hasText: 'datastore-nfs-01' })).toContainText(/NFS/);

  // RV-6 default R:, RV-1..5 excluded with their reasons.
  await expect(pane.getByRole('combobox', { name: 'Retention drive' })).toHaveValue(/^R:/);
  await pane.getByRole('button', { name: 'Excluded retention drives (5)' }).click();
  for (const volume of ['C:', 'E:', 'F:', 'G:', 'H:']) {
    await expect(pane.getByRole('listitem').filter({ hasText: new RegExp(`^${volume}`) })).toBeVisible();
  }
  await checkA11y();
});

test('RP-1: OK without a datastore is refused under the field', async ({ page, scenario }) => {
  await scenario('default');
  const pane = await openReprotect(page, 'web-01');
  await pick(pane, page, 'Master target server', 'cs-01');
  await pick(pane, page, 'Process server', 'cs-01');
  await pane.getByRole('button', { name: 'OK' }).click();
  await expect(pane).toBeVisible();
  await expect(pane.getByRole('combobox', { name: 'Datastore' })).toBeFocused();
});

test('MT-1, RV-6: db-01 (Linux) gets the Linux master target and /mnt/retention', async ({
  page,
  scenario,
}) => {
  await scenario('default');
  const pane = await openReprotect(page, 'db-01');
  await pane.getByRole('combobox', { name: 'Master target server' }).click();
  await expect(page.getByRole('option', { name: /^mt-linux-01( |$)/ })).toBeVisible();
  await expect(page.getByRole('option', { name: /^cs-01( |$)/ })).toHaveCount(0);
  await page.getByRole('option', { name: /^mt-linux-01( |$)/ }).click();
  await expect(pane.getByRole('combobox', { name: 'Retention drive' })).toHaveValue(/^\/mnt\/retention/);
  await pane.getByRole('combobox', { name: 'Datastore' }).click();
  await expect(page.getByRole('option', { name: /^datastore-vmfs-02( |$)/ })).toBeVisible();
});

test('RP-5: legacy-01 cannot fail back and says why', async ({ page, scenario, checkA11y }) => {
  await scenario('default', { item: 'legacy-01' });
  await expect(page.getByText("Failback isn't possible")).toBeVisible();
  await expect(commands(page).getByRole('button', { name: 'Re-protect' })).toHaveAttribute(
    'aria-disabled',
    'true',
  );
  await checkA11y();
});

test('a changed Re-protect form asks before it is discarded', async ({ page, scenario }) => {
  await scenario('default');
  const pane = await openReprotect(page, 'web-01');
  await pick(pane, page, 'Master target server', 'cs-01');
  await pane.getByRole('button', { name: 'Cancel' }).click();
  const ask = page.getByRole('alertdialog', { name: 'Discard changes?' });
  await ask.getByRole('button', { name: 'Keep editing' }).click();
  await expect(pane.getByRole('combobox', { name: 'Master target server' })).toHaveValue(/^cs-01/);
  await discardPane(page, pane);
});

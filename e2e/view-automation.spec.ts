import { test, expect } from './fixtures';
import { openReprotect, pick } from './helpers';

test('View automation for Re-protect: ARM request, PowerShell and az rest follow the form; Copy works', async ({
  page,
  context,
  scenario,
  checkA11y,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await scenario('default');
  const pane = await openReprotect(page, 'web-01');
  await pick(pane, page, 'Master target server', 'cs-01');
  await pick(pane, page, 'Process server', 'cs-01');
  await pick(pane, page, 'Datastore', 'datastore-vmfs-01');

  const toggle = pane.getByRole('button', { name: 'View automation' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  // Keyboard (docs/ui-names.md §10): the toggle opens with Enter.
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');

  const arm = pane.getByRole('region', { name: 'ARM request' });
  const powershell = pane.getByRole('region', { name: 'PowerShell' });
  const azRest = pane.getByRole('region', { name: 'az rest' });
  await expect(arm).toContainText(
    /POST https:\/\/management\.azure\.com\/subscriptions\/.+\/replicationProtectedItems\/web-01\/reProtect\?api-version=/i,
  );
  await expect(arm).toContainText('"masterTargetId": "cs-01"');
  await expect(arm).toContainText('"processServerId": "cs-01"');
  await expect(arm).toContainText('"datastoreName": "datastore-vmfs-01"');
  await expect(arm).toContainText('"retentionDrive": "R:"');
  await expect(powershell).toContainText('Update-AzRecoveryServicesAsrProtectionDirection');
  await expect(powershell).toContainText('-AzureToVMware');
  await expect(powershell).toContainText("$_.FriendlyName -eq 'cs-01'");
  await expect(powershell).toContainText('-RetentionVolume $retentionVolume');
  await expect(azRest).toContainText('az rest --method post');
  await expect(azRest).toContainText('"processServerId":"cs-01"');

  // The form changes: another process server → the body, the script and the command follow.
  await pick(pane, page, 'Process server', 'ps-azure-01');
  await expect(arm).toContainText('"processServerId": "ps-azure-01"');
  await expect(powershell).toContainText("$_.FriendlyName -eq 'ps-azure-01'");
  await expect(azRest).toContainText('"processServerId":"ps-azure-01"');

  // Copy: the clipboard holds the code shown, and a polite status says so.
  await powershell.getByRole('button', { name: 'Copy PowerShell' }).click();
  await expect(powershell.getByRole('status')).toHaveText('Copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('Update-AzRecoveryServicesAsrProtectionDirection');
  expect(copied).toContain("'ps-azure-01'");
  await azRest.getByRole('button', { name: 'Copy az rest' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^az rest --method post/);
  await arm.getByRole('button', { name: 'Copy ARM request' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
    /^POST https:\/\/management\.azure\.com\//,
  );

  await checkA11y();

  // The request shown is the one OK sends: the job starts with the same choices.
  await pane.getByRole('button', { name: 'OK' }).click();
  await expect(pane).toHaveCount(0);
});

import type { Locator } from '@playwright/test';
import { test, expect } from './fixtures';
import { clock, commands, essentials, openItem, pick } from './helpers';

const FULL = 'Synchronize data during failover only (full download)';
const CREATE_VM = 'Create on-premises virtual machine if it does not exist';
const KEY = 'hv-host-01-encryption-key.pfx';

test('RPL-1, HV-4, HV-5: a Hyper-V plan planned failover with an alternate host', async ({
  page,
  scenario,
  checkA11y,
}) => {
  // Preset hyper-v-plan: hv-app-01 (encrypted, its on-premises VM deleted) and hv-web-01 in plan-hyper-v.
  await scenario('hyper-v-plan', { plan: 'plan-hyper-v' });
  await commands(page).getByRole('button', { name: 'Planned failover', exact: true }).click();
  const pane = page.getByRole('dialog', { name: 'Planned failover' });
  await expect(pane.getByRole('textbox', { name: 'From' })).toHaveValue('Azure');
  await expect(pane.getByRole('textbox', { name: 'To' })).toHaveValue('On-premises');
  await pane
    .getByRole('radiogroup', { name: 'Data synchronization' })
    .getByRole('radio', { name: FULL })
    .check();

  // HV-5 per machine (docs/rules.md §14): each machine has its own Create VM and Host name.
  await expect(pane.getByRole('combobox', { name: /Host name/ })).toHaveCount(0);
  await pane.getByRole('checkbox', { name: `${CREATE_VM} for hv-app-01` }).check();
  await expect(pane.getByRole('checkbox', { name: `${CREATE_VM} for hv-web-01` })).not.toBeChecked();
  await expect(pane.getByRole('combobox', { name: 'Host name for hv-web-01' })).toHaveCount(0);
  await expect(pane).toContainText('needs the Hyper-V role and a virtual switch with the same name');
  // HV-4 per machine: only the encrypted machine asks for the key, the Provider's certificate.
  const key = pane.getByRole('combobox', { name: 'Encryption key for hv-app-01' });
  await expect(key).toHaveValue(KEY);
  await expect(pane.getByRole('combobox', { name: 'Encryption key for hv-web-01' })).toHaveCount(0);
  await expect(pane).toContainText('hv-app-01: the cloud encrypts data at rest (HV-4)');
  await expect(pane).toContainText('Provider was installed on the VMM server');

  // The form validates before it sends anything, with the item pane's message, and focuses the field.
  await key.fill('');
  await pane.getByRole('button', { name: 'OK' }).click();
  await expect(pane).toContainText('Select or enter the encryption key certificate.');
  await expect(key).toBeFocused();
  await checkA11y();
  // HV-4: the key is the user's own certificate: typed freely, with the list open and then closed,
  // the field stays axe-clean.
  await key.pressSequentially('my-own');
  await checkA11y();
  await page.keyboard.press('Escape');
  await checkA11y();
  await key.fill(KEY);
  await pick(pane, page, 'Host name for hv-app-01', 'hv-host-02');

  // View automation shows what OK sends: the simulator's plan route with each machine's choices.
  await pane.getByRole('button', { name: 'View automation' }).click();
  const request = pane.getByRole('region', { name: 'ARM request' });
  await expect(request).toContainText('POST /simulator/subscriptions/');
  await expect(request).toContainText('/replicationRecoveryPlans/plan-hyper-v/plannedFailover');
  await expect(request).toContainText('"providerIdForAlternateRecovery": "hv-host-02"');
  await expect(request).toContainText(`"primaryKekCertificatePfx": "${KEY}"`);
  await expect(pane.getByRole('region', { name: 'PowerShell' })).toContainText(
    'Start-AzRecoveryServicesAsrPlannedFailoverJob',
  );
  await pane.getByRole('button', { name: 'OK' }).click();
  await expect(pane).toBeHidden();
  await clock(page, 'Run until jobs finish');

  // Both machines are back on-premises, waiting for Commit (HV-6).
  for (const name of ['hv-app-01', 'hv-web-01']) {
    await openItem(page, name);
    await expect(essentials(page)).toContainText('Commit pending');
  }
});

test('docs/ui-names.md §10: the per-machine Hyper-V fields are reached with Tab; Esc closes, focus returns', async ({
  page,
  scenario,
}) => {
  await scenario('hyper-v-plan', { plan: 'plan-hyper-v' });
  const opener = commands(page).getByRole('button', { name: 'Planned failover', exact: true });
  await opener.click();
  const pane = page.getByRole('dialog', { name: 'Planned failover' });
  const fields: Locator[] = [
    pane.getByRole('checkbox', { name: `${CREATE_VM} for hv-app-01` }),
    pane.getByRole('combobox', { name: 'Encryption key for hv-app-01' }),
    pane.getByRole('checkbox', { name: `${CREATE_VM} for hv-web-01` }),
  ];
  await expect(fields[1]).toHaveValue(KEY);
  const reached = new Set<number>();
  for (let i = 0; i < 40 && reached.size < fields.length; i += 1) {
    await page.keyboard.press('Tab');
    for (const [index, field] of fields.entries())
      if (await field.evaluate((element) => element === document.activeElement)) reached.add(index);
  }
  expect(reached.size).toBe(fields.length);
  await page.keyboard.press('Escape');
  await expect(pane).toBeHidden();
  await expect(opener).toBeFocused();
});

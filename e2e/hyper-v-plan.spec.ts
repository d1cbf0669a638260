import { test, expect } from './fixtures';
import { clock, commands, essentials, openItem, pick } from './helpers';

const PLAN_URL = '/vaults/contoso-vault/recovery-plans/plan-hyper-v';
const FULL = 'Synchronize data during failover only (full download)';
const CREATE_VM = 'Create on-premises virtual machine if it does not exist';

test('RPL-1, HV-4, HV-5: a Hyper-V plan planned failover creates the deleted VM on an alternate host', async ({
  page,
  scenario,
  checkA11y,
}) => {
  // Preset hyper-v-plan: hv-app-01 (encrypted, its on-premises VM deleted) and hv-web-01 in plan-hyper-v.
  await scenario('hyper-v-plan', { path: PLAN_URL });
  await expect(page.getByRole('heading', { level: 1, name: 'plan-hyper-v' })).toBeVisible();
  await commands(page).getByRole('button', { name: 'Planned failover', exact: true }).click();
  const pane = page.getByRole('dialog', { name: 'Planned failover' });
  await expect(pane.getByRole('textbox', { name: 'From' })).toHaveValue('Azure');
  await expect(pane.getByRole('textbox', { name: 'To' })).toHaveValue('On-premises');
  await pane
    .getByRole('radiogroup', { name: 'Data synchronization' })
    .getByRole('radio', { name: FULL })
    .check();

  // HV-5: the host name appears for an alternate location, with the host's prerequisites (§14).
  await expect(pane.getByRole('combobox', { name: /Host name/ })).toHaveCount(0);
  await pane.getByRole('checkbox', { name: CREATE_VM }).check();
  await expect(pane).toContainText('needs the Hyper-V role and a virtual switch with the same name');
  // HV-4: the encrypted machine is named, with the certificate of the Provider install on VMM.
  await expect(pane).toContainText('hv-app-01: the cloud encrypts data at rest (HV-4)');
  await expect(pane).toContainText('Provider was installed on the VMM server');

  // The form validates before it sends anything.
  await pane.getByRole('button', { name: 'OK' }).click();
  await expect(pane).toContainText('Select the Hyper-V host to create the virtual machine on.');
  await expect(pane).toContainText('Select or enter the encryption key certificate.');
  await pick(pane, page, 'Host name', 'hv-host-02');
  await pane.getByRole('textbox', { name: 'Encryption key' }).fill('hv-host-01-encryption-key.pfx');
  await checkA11y();
  await pane.getByRole('button', { name: 'OK' }).click();
  await expect(pane).toBeHidden();
  await clock(page, 'Run until jobs finish');

  // Both machines are back on-premises, waiting for Commit (HV-6).
  for (const name of ['hv-app-01', 'hv-web-01']) {
    await openItem(page, name);
    await expect(essentials(page)).toContainText('Commit pending');
  }
});

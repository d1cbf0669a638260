import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import {
  backToVault,
  clock,
  discardPane,
  openReprotect,
  pick,
  reprotectFails,
  restartFromVault,
  restartSucceeds,
  setLabChoice,
  setLabSwitch,
} from './helpers';

/**
 * One documented failure per infrastructure family (issue 5, ERR catalog): broken in the Lab, seen
 * in the portal (job Error details with the code, or the Re-protect pane's Excluded list), fixed in
 * the Lab, then Restart (or the pane) succeeds.
 */

/** From the Lab back to the vault, then web-01's Re-protect pane. */
async function openReprotectFromLab(page: Page) {
  await backToVault(page);
  return openReprotect(page, 'web-01');
}

/**
 * Broken in the Lab (`set(page, true)`), re-protect of web-01 (through `processServer`, ps-azure-01
 * unless told) fails with `code`; mended, and once the simulated time `wait` has passed, Restart succeeds.
 */
const BROKEN_THEN_MENDED: {
  title: string;
  code: string;
  set: (page: Page, broken: boolean) => Promise<void>;
  a11y?: boolean;
  processServer?: string;
  wait?: 'Advance 15 minutes';
}[] = [
  {
    title: 'RP-4 / 95226: re-protect fails with the VPN down, and succeeds after the fix in the Lab',
    code: '95226',
    set: (page, broken) => setLabSwitch(page, 'Site-to-site VPN connected', !broken),
    a11y: true,
  },
  {
    title: '78093: re-protect fails while the Azure VM is off; start it, wait for the agent, restart',
    code: '78093',
    set: (page, broken) => setLabSwitch(page, 'web-01 running', !broken),
    processServer: 'cs-01',
    // LIFE-11: a VM switched back on needs 15 minutes for its agent to register.
    wait: 'Advance 15 minutes',
  },
  {
    title: 'RP-2 / MT-3: snapshots on the master target fail re-protect; remove them and Restart',
    code: '990001',
    set: (page, broken) => setLabSwitch(page, 'Snapshots on cs-01', broken),
    a11y: true,
  },
  {
    title: 'RP-6: a free ESXi licence on the master target host fails re-protect; license it and Restart',
    code: '990004',
    set: (page, broken) => setLabChoice(page, 'Licence of esxi-01', broken ? 'Free ESXi 5.5' : 'Licensed'),
  },
];

for (const c of BROKEN_THEN_MENDED) {
  test(c.title, async ({ page, scenario, checkA11y }) => {
    await scenario('default');
    await c.set(page, true);
    if (c.a11y) await checkA11y();
    await reprotectFails(page, c.code, c.processServer);
    await c.set(page, false);
    if (c.wait) await clock(page, c.wait);
    await restartFromVault(page, 'Reprotect', 'web-01');
  });
}

test('LIFE-11: re-protect right after the Azure VM boots fails (agent); wait 15 minutes and Restart', async ({
  page,
  scenario,
}) => {
  await scenario('default');
  await setLabSwitch(page, 'web-01 running', false);
  await setLabSwitch(page, 'web-01 running', true);
  await reprotectFails(page, '990000');
  await expect(page.getByRole('region', { name: 'Error details' })).toContainText(/agent/i);
  await clock(page, 'Advance 15 minutes');
  await restartSucceeds(page);
});

test('PS-2: a process server without heartbeat is excluded; restore it and re-protect completes', async ({
  page,
  scenario,
}) => {
  await scenario('default');
  await setLabSwitch(page, 'ps-azure-01 heartbeat', false);
  let pane = await openReprotectFromLab(page);
  await pane.getByRole('button', { name: /^Excluded process servers/ }).click();
  await expect(pane.getByRole('listitem').filter({ hasText: 'ps-azure-01' })).toBeVisible();
  await setLabSwitch(page, 'ps-azure-01 heartbeat', true);
  pane = await openReprotectFromLab(page);
  await pick(pane, page, 'Process server', 'ps-azure-01');
  await expect(pane.getByRole('combobox', { name: 'Process server' })).toHaveValue(/^ps-azure-01/);
  await completeReprotect(page, pane, { mt: 'cs-01', datastore: 'datastore-vmfs-01' });
});

/** Fills what the test has not chosen yet, presses OK and runs the job to Protected. */
async function completeReprotect(
  page: Page,
  pane: Locator,
  choices: { mt?: string; ps?: string; datastore: string },
) {
  if (choices.mt) await pick(pane, page, 'Master target server', choices.mt);
  if (choices.ps) await pick(pane, page, 'Process server', choices.ps);
  await pick(pane, page, 'Datastore', choices.datastore);
  await pane.getByRole('button', { name: 'OK' }).click();
  await expect(pane).toBeHidden();
  await clock(page, 'Run until jobs finish');
  await expect(page.getByRole('region', { name: 'Essentials' })).toContainText('Protected');
}

test('RV-2: a locked retention drive is excluded; unlock it, it is the default again and re-protect completes', async ({
  page,
  scenario,
}) => {
  await scenario('default');
  await setLabSwitch(page, 'Lock R: on cs-01', true);
  let pane = await openReprotectFromLab(page);
  await pick(pane, page, 'Master target server', 'cs-01');
  await pane.getByRole('button', { name: /^Excluded retention drives/ }).click();
  await expect(pane.getByRole('listitem').filter({ hasText: /^R:/ })).toBeVisible();
  await setLabSwitch(page, 'Lock R: on cs-01', false);
  pane = await openReprotectFromLab(page);
  await pick(pane, page, 'Master target server', 'cs-01');
  await expect(pane.getByRole('combobox', { name: 'Retention drive' })).toHaveValue(/^R:/);
  await completeReprotect(page, pane, { ps: 'ps-azure-01', datastore: 'datastore-vmfs-01' });
});

test('DS-4: with a read-only vCenter account no datastore is listed; Administrator fixes it and re-protect completes', async ({
  page,
  scenario,
  checkA11y,
}) => {
  await scenario('datastore-read-only-vcenter');
  let pane = await openReprotectFromLab(page);
  await pick(pane, page, 'Master target server', 'cs-01');
  await pane.getByRole('button', { name: /^Excluded datastores \(\d+\)$/ }).click();
  await expect(pane.getByRole('listitem').filter({ hasText: 'datastore-vmfs-01' })).toContainText(
    /read-only/i,
  );
  await checkA11y();
  await discardPane(page, pane);

  // The fix: a vCenter account with permissions; discovery picks it up within 15 minutes.
  await setLabChoice(page, 'vCenter account', 'Administrator');
  await clock(page, 'Advance 15 minutes');

  pane = await openReprotectFromLab(page);
  await completeReprotect(page, pane, { mt: 'cs-01', ps: 'ps-azure-01', datastore: 'datastore-vmfs-01' });
});

test('PS-4: a process server of the other deployment model is excluded; the matching one completes re-protect', async ({
  page,
  scenario,
}) => {
  // db-01 failed over to a classic network; ps-classic-01 is a classic process server in Azure.
  await scenario('process-server-classic');
  const pane = await openReprotect(page, 'db-01');
  await pane.getByRole('button', { name: /^Excluded process servers/ }).click();
  await expect(pane.getByRole('listitem').filter({ hasText: 'ps-azure-01' })).toContainText(
    "Deployment model (ResourceManager) doesn't match the failed-over virtual machine (Classic)",
  );
  await completeReprotect(page, pane, {
    mt: 'mt-linux-01',
    ps: 'ps-classic-01',
    datastore: 'datastore-vmfs-02',
  });
});

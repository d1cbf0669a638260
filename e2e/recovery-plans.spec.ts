import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { clock, commands, essentials, pick } from './helpers';

const PLAN_URL = '/vaults/contoso-vault/recovery-plans/plan-web-tier';

/**
 * The default scenario has one Windows master target (cs-01); RP-3 needs a second one, so the
 * world is exported, given mt-win-02 (a copy of cs-01 on esxi-01), and imported back.
 */
async function addSecondWindowsMasterTarget(page: Page) {
  const status = await page.evaluate(async () => {
    const world = await (await fetch('/simulator/scenario')).json();
    const cs01 = world.masterTargets.find((mt: { name: string }) => mt.name === 'cs-01');
    world.masterTargets.push({ ...cs01, name: 'mt-win-02', ipAddress: '10.0.0.9' });
    for (const volume of world.volumes.filter((v: { masterTarget: string }) => v.masterTarget === 'cs-01'))
      world.volumes.push({ ...volume, masterTarget: 'mt-win-02' });
    const response = await fetch('/simulator/scenario', {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(world),
    });
    return response.status;
  });
  expect(status).toBe(200);
}

/** POSTs the `{S}` plan re-protect with the given master target per machine (docs/api.md §2.2). */
async function planReprotectByApi(page: Page, masterTargets: Record<string, string>) {
  return page.evaluate(async (mts) => {
    const vault =
      '/subscriptions/6f1c2a9e-0b6d-4e4c-9a55-3c1d2e7f8a10/resourceGroups/contoso-dr-rg/providers/Microsoft.RecoveryServices/vaults/contoso-vault';
    const items = await (await fetch(`${vault}/replicationProtectedItems?api-version=2023-06-01`)).json();
    const response = await fetch(`/simulator${vault}/replicationRecoveryPlans/plan-web-tier/reProtect`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        properties: {
          failoverDirection: 'RecoveryToPrimary',
          items: Object.entries(mts).map(([name, mt]) => ({
            replicationProtectedItemId: items.value.find((i: { name: string }) => i.name === name).id,
            providerSpecificDetails: {
              instanceType: 'InMage',
              masterTargetId: mt,
              processServerId: 'ps-azure-01',
              datastoreName: 'datastore-vmfs-01',
              retentionDrive: 'R:',
              profileId: 'contoso-policy-failback',
            },
          })),
        },
      }),
    });
    return { status: response.status, body: await response.json() };
  }, masterTargets);
}

test('RPL-1 / RP-3: a plan re-protect of web-02 and web-03 refuses different master targets, then succeeds', async ({
  page,
  scenario,
  checkA11y,
}) => {
  await scenario('default');
  // The simulated backend (service worker) answers once the portal shows its first blade.
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await addSecondWindowsMasterTarget(page);
  // RP-3 at the API: different master targets in rg-web are refused, naming web-03.
  const refused = await planReprotectByApi(page, { 'web-02': 'cs-01', 'web-03': 'mt-win-02' });
  expect(refused.status).toBe(400);
  expect(refused.body.error.message).toMatch(/same master target/);
  expect(refused.body.error.target).toMatch(/web-03/);

  await page.goto('/vaults/contoso-vault/recovery-plans');
  await expect(page.getByRole('heading', { level: 1, name: 'Recovery plans (Site Recovery)' })).toBeVisible();
  await checkA11y();
  await page.getByRole('link', { name: 'plan-web-tier', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'plan-web-tier' })).toBeVisible();
  await expect(essentials(page)).toBeVisible();
  await checkA11y();

  await commands(page).getByRole('button', { name: 'Re-protect' }).click();
  const pane = page.getByRole('dialog', { name: 'Re-protect' });
  await pick(pane, page, 'Master target server for web-02', 'cs-01');
  await pick(pane, page, 'Master target server for web-03', 'mt-win-02');
  // RP-3 in the form: the message shows under web-03's field and OK sends nothing.
  const rp3 = 'All machines in replication group rg-web must use the same master target server (RP-3)';
  await expect(pane.getByText(rp3)).toBeVisible();
  await checkA11y();
  await pane.getByRole('button', { name: 'OK' }).click();
  await expect(pane).toBeVisible();
  await expect(pane.getByText(rp3)).toBeVisible();

  await pick(pane, page, 'Master target server for web-03', 'cs-01');
  await expect(pane.getByText(rp3)).toBeHidden();
  for (const machine of ['web-02', 'web-03']) {
    await pick(pane, page, `Process server for ${machine}`, 'ps-azure-01');
    await pick(pane, page, `Datastore for ${machine}`, 'datastore-vmfs-01');
    // RV-6: the master target's default drive is filled in.
    await expect(pane.getByRole('combobox', { name: `Retention drive for ${machine}` })).toHaveValue(/^R:/);
  }
  await pane.getByRole('button', { name: 'OK' }).click();
  await expect(pane).toBeHidden();

  const machines = page.getByRole('table', { name: 'Machines' });
  await expect(machines.getByRole('row').filter({ hasText: 'web-02' })).toContainText('Re-protecting');
  await expect(essentials(page).getByRole('link', { name: /^Reprotect/ })).toBeVisible();
  await clock(page, 'Run until jobs finish');
  await expect(machines.getByRole('row').filter({ hasText: 'web-02' })).toContainText('Protected');
  await expect(machines.getByRole('row').filter({ hasText: 'web-03' })).toContainText('Protected');
  await essentials(page)
    .getByRole('link', { name: /^Reprotect/ })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Reprotect' })).toBeVisible();
});

test('LIFE-7: a plan failback is refused while web-03 has no recovery point', async ({
  page,
  scenario,
  checkA11y,
}) => {
  await scenario('plan-no-recovery-point', { plan: 'plan-web-tier' });
  const failover = commands(page).getByRole('button', { name: 'Unplanned failover' });
  await expect(failover).toHaveAttribute('aria-disabled', 'true');
  await failover.hover();
  await expect(page.getByRole('tooltip')).toContainText("'web-03' has none (LIFE-7)");

  await page.goto(`${PLAN_URL}/unplanned-failover`);
  const pane = page.getByRole('dialog', { name: 'Unplanned failover' });
  const points = pane.getByRole('radiogroup', { name: 'Recovery point' });
  await expect(points.getByRole('radio', { name: 'Latest', exact: true })).toBeChecked();
  await expect(points.getByRole('radio', { name: 'Latest app-consistent' })).toBeVisible();
  await expect(pane).toContainText("'web-03' has none (LIFE-7)");
  await checkA11y();
  await pane.getByRole('button', { name: 'OK' }).click();
  await expect(pane.getByText('The operation could not be started')).toBeVisible();
  await expect(pane).toBeVisible();
});

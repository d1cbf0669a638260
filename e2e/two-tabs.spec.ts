import { test, expect } from './fixtures';
import { clock, essentials, reprotectToOnPremises } from './helpers';
import { parseWorld } from '../mocks/simulation/api';

/**
 * Two tabs on one world (one browser context, one stored world): a change made in one tab shows
 * in the other without a reload, a later change in the other keeps both, and the stored world
 * stays a valid document.
 */
test('a re-protect in one tab shows in the other; a role change there keeps both; both go on working', async ({
  page,
  scenario,
}) => {
  await scenario('default', { item: 'web-01' });
  await expect(essentials(page)).toContainText('Failover committed');

  const other = await page.context().newPage();
  await other.goto('/vaults/contoso-vault/replicated-items/web-01');
  await expect(other.getByRole('heading', { level: 1, name: 'web-01' })).toBeVisible();
  await expect(essentials(other)).toContainText('Failover committed');

  // Tab A re-protects: tab B, paused clock and no polling, shows it without a reload. The tab a
  // person works in is the one in front (a hidden tab gets no animation frames: its menus crawl).
  await page.bringToFront();
  await reprotectToOnPremises(page);
  await expect(essentials(page)).toContainText('Re-protecting');
  await expect(essentials(other)).toContainText('Re-protecting');

  // Tab B, which read the world before A's change, changes the role: nothing of A's is lost.
  await other.bringToFront();
  const otherRole = other.getByRole('banner').getByRole('combobox', { name: 'Role' });
  await otherRole.click();
  await other.getByRole('option', { name: 'Site Recovery Operator' }).click();
  await expect(otherRole).toHaveText('Site Recovery Operator');
  await expect(page.getByRole('banner').getByRole('combobox', { name: 'Role' })).toHaveText(
    'Site Recovery Operator',
  );
  await expect(essentials(other)).toContainText('Re-protecting');

  // The stored world (IndexedDB `site-recovery-simulator`, object store and key `world`).
  const stored = await other.evaluate(
    () =>
      new Promise<string | null>((resolve, reject) => {
        const open = indexedDB.open('site-recovery-simulator');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('world').objectStore('world').get('world');
          get.onerror = () => reject(get.error);
          get.onsuccess = () => {
            open.result.close();
            resolve(typeof get.result === 'string' ? get.result : null);
          };
        };
      }),
  );
  expect(await other.evaluate(() => localStorage.getItem('site-recovery-simulator.world'))).toBeNull();
  const parsed = parseWorld(stored ?? '');
  expect(parsed.ok).toBe(true);
  if (!parsed.ok) return;
  expect(parsed.world.role).toBe('Operator');
  expect(parsed.world.items.find((item) => item.name === 'web-01')?.currentJob).not.toBeNull();

  // Both tabs keep working: A runs the job to its end, B sees the item protected.
  await page.bringToFront();
  await clock(page, 'Run until jobs finish');
  await expect(essentials(page)).toContainText('Protected');
  await expect(essentials(other)).toContainText('Protected');
  await expect(essentials(other)).toContainText('Azure to on-premises');
  await other.bringToFront();
  await clock(other, 'Advance 1 minute');
  await expect(page.getByRole('banner')).toContainText(
    await other
      .getByRole('banner')
      .getByText(/^Simulated time:/)
      .innerText(),
  );
});

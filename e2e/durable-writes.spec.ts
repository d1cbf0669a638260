import { test, expect } from './fixtures';
import { essentials, reprotectToOnPremises } from './helpers';

/**
 * No write is lost to a reload (docs/adr/0004-persistence-in-the-browser.md): the simulated backend
 * answers a change only once its world is stored, so what the portal shows as done survives an
 * immediate reload.
 */
test('a Lab switch, once no longer busy, survives an immediate reload', async ({ page, scenario }) => {
  await scenario('default', { path: '/lab' });
  await expect(page.getByRole('heading', { level: 1, name: 'Lab' })).toBeVisible();
  const vpn = page.getByRole('switch', { name: 'Site-to-site VPN connected' });
  await expect(vpn).toBeChecked();
  await vpn.click();
  await expect(vpn).not.toBeChecked(); // shown at once (docs/ui-names.md §10) …
  await expect(vpn).not.toHaveAttribute('aria-busy', 'true'); // … and stored once answered
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Lab' })).toBeVisible();
  await expect(page.getByRole('switch', { name: 'Site-to-site VPN connected' })).not.toBeChecked();
});

test('a re-protect the item blade shows survives an immediate reload', async ({ page, scenario }) => {
  await scenario('default', { item: 'web-01' });
  await reprotectToOnPremises(page);
  await expect(essentials(page)).toContainText('Re-protecting');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'web-01' })).toBeVisible();
  await expect(essentials(page)).toContainText('Re-protecting');
});

import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/**
 * The one fixture: `scenario(id, options)` opens the portal on a fresh preset world with the
 * simulation clock paused (time moves only when a test advances it), and `checkA11y()` fails
 * on any serious or critical axe violation of what the page shows now.
 */
interface Fixtures {
  scenario: (id?: string, options?: { path?: string; speed?: string }) => Promise<void>;
  checkA11y: () => Promise<void>;
}

export const test = base.extend<Fixtures>({
  scenario: async ({ page }, use) => {
    await use(async (id = 'default', options = {}) => {
      const path = options.path ?? '/';
      const sep = path.includes('?') ? '&' : '?';
      await page.goto(`${path}${sep}scenario=${id}&speed=${options.speed ?? 'paused'}`);
      // Startup applies the parameters, then removes them from the URL: only then is the preset
      // loaded, so a test that navigates on at once cannot race it.
      await expect(page).not.toHaveURL(/[?&]scenario=/);
    });
  },
  checkA11y: async ({ page }, use) => {
    await use(async () => {
      await checkA11y(page);
    });
  },
});

export async function checkA11y(page: Page) {
  // Fluent's focus manager (tabster) inserts `<i tabindex=0 aria-hidden data-tabster-dummy>` focus
  // sentinels that hand focus on at once; axe flags them as aria-hidden-focus. They are not
  // content, so they are left out of the scan; everything else is checked.
  const results = await new AxeBuilder({ page }).exclude('[data-tabster-dummy]').analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
  ).toEqual([]);
}

export { expect };

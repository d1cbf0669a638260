import { test as base, expect, type Page } from '@playwright/test';
import axe from 'axe-core';
import { openItem, setDemoLanguage } from './demo-kit';

/**
 * The one fixture: `scenario(id, options)` opens the portal on a fresh preset world with the
 * simulation clock paused (time moves only when a test advances it); with `item` it goes on to that
 * replicated item's blade through the vault menu, with `plan` it lands on that recovery plan's blade; `checkA11y()` fails on any serious or critical axe
 * violation of what the page shows now. Every test starts with the demo kit's names in English (the
 * portal's language without `?lang=`), whatever language an earlier test in the worker chose.
 */
interface Fixtures {
  scenario: (
    id?: string,
    options?: { path?: string; speed?: string; item?: string; plan?: string },
  ) => Promise<void>;
  checkA11y: () => Promise<void>;
  englishKit: void;
}

export const test = base.extend<Fixtures>({
  englishKit: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      setDemoLanguage('en');
      await use();
    },
    { auto: true },
  ],
  scenario: async ({ page }, use) => {
    await use(async (id = 'default', options = {}) => {
      const path = options.plan
        ? `/vaults/contoso-vault/recovery-plans/${options.plan}`
        : (options.path ?? '/');
      const sep = path.includes('?') ? '&' : '?';
      await page.goto(`${path}${sep}scenario=${id}&speed=${options.speed ?? 'paused'}`);
      // Startup applies the parameters, then removes them from the URL: only then is the preset
      // loaded, so a test that navigates on at once cannot race it. Waiting for that URL change (an
      // event) rather than polling the URL saves a polling interval in every test.
      await page.waitForURL((url) => !url.searchParams.has('scenario'), { timeout: 30_000 });
      if (options.item) await openItem(page, options.item);
      if (options.plan)
        await expect(page.getByRole('heading', { level: 1, name: options.plan })).toBeVisible();
    });
  },
  checkA11y: async ({ page }, use) => {
    await use(async () => {
      await checkA11y(page);
    });
  },
});

export async function checkA11y(page: Page) {
  // What is asserted is the page once it has settled, as a web-first assertion would: a scan that
  // finds a violation is repeated until one finds none, and a violation that stays fails the test.
  // A modal that has just opened (the opener still focused inside what it hides) or a blade whose
  // commands are still updating under a pane is a moment, not the page.
  await expect(async () => {
    // Colour contrast is computed from what is painted: a dialog or toast still fading in has a
    // translucent foreground. Wait until the short animations and transitions have finished; long
    // ones are timers (a toast's auto-dismiss countdown) or spinners, not fades.
    await page.waitForFunction(() =>
      document.getAnimations().every((a) => {
        if (a.playState !== 'running') return true;
        const duration = Number(a.effect?.getComputedTiming().activeDuration ?? 0);
        return !Number.isFinite(duration) || duration > 2000;
      }),
    );
    const results = await runAxe(page);
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(
      serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
    ).toEqual([]);
  }).toPass({ intervals: [250, 500, 1000], timeout: 10_000 });
}

/**
 * axe-core's own `axe.run` on the page, the engine and rules @axe-core/playwright runs. The source
 * is injected once per page load (a pane opened by deep link reuses it), and the page has no frames,
 * so no partial runs are needed: @axe-core/playwright injected the 640 KB source twice per scan and
 * finished each scan in a new blank page, about 0.56 CPU-seconds more per scan here. Only
 * violations are asserted: axe skips gathering the details of passes and incomplete checks.
 */
async function runAxe(page: Page) {
  const injected = await page.evaluate(() => typeof (window as { axe?: unknown }).axe === 'object');
  if (!injected) await page.evaluate(axe.source);
  return page.evaluate(() =>
    (window as unknown as { axe: typeof axe }).axe.run(
      { exclude: [['[data-tabster-dummy]']] },
      { resultTypes: ['violations'] },
    ),
  );
}

export { expect };

import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { followDeepLink } from './speed';

/**
 * docs/ui-names.md §9, §10: axe (serious and critical) finds nothing in any of the three languages, with
 * a toast in progress, with each pane and route dialog open, and on the Lab.
 */
const LANGUAGES = ['en', 'pt-BR', 'nl-NL'] as const;
type Language = (typeof LANGUAGES)[number];

/** A catalog string, so the test finds controls by their name in each language. */
function text(lang: Language, namespace: string, path: string): string {
  const catalog = JSON.parse(readFileSync(`src/i18n/locales/${lang}/${namespace}.json`, 'utf8'));
  return path.split('.').reduce((node, key) => node[key], catalog) as string;
}

const VAULT = '/vaults/contoso-vault';
const ITEMS = `${VAULT}/replicated-items`;
const PLAN = '/vaults/contoso-vault/recovery-plans/plan-web-tier';
const CS = '/vaults/contoso-vault/infrastructure/configuration-servers/cs-01';
const PANES = [
  `${ITEMS}/web-01/reprotect`,
  `${ITEMS}/app-01/reprotect`,
  `${ITEMS}/app-01/unplanned-failover`,
  `${ITEMS}/app-01/planned-failover`,
  `${ITEMS}/web-01/commit`,
  `${ITEMS}/web-01/change-recovery-point`,
  `${ITEMS}/hv-app-01/reverse-replicate`,
  `${PLAN}/reprotect`,
  `${PLAN}/unplanned-failover`,
  `${PLAN}/planned-failover`,
  `${PLAN}/commit`,
  `${CS}/add-process-server`,
  `${CS}/process-servers/ps-azure-01/delete`,
];

/**
 * Opens a pane by its deep link inside the running portal (no reload: the route is the same). The
 * pane open before is closed first (back to the vault), so what is checked next is the new one.
 */
async function openPane(page: Page, path: string) {
  const modal = page.getByRole('dialog').or(page.getByRole('alertdialog'));
  if (await modal.count()) {
    await followDeepLink(page, VAULT);
    await expect(modal).toHaveCount(0);
  }
  await followDeepLink(page, path);
  await expect(modal).toBeVisible();
  // Loaded: no spinner left in the pane (its fields, or why it cannot show, are there).
  await expect(modal.getByRole('progressbar')).toHaveCount(0);
}

for (const lang of LANGUAGES) {
  test.describe(`axe in ${lang}`, () => {
    test(`a toast in progress (${lang})`, async ({ page, scenario, checkA11y }) => {
      await scenario('default', { path: `${ITEMS}/app-01/unplanned-failover?lang=${lang}` });
      const pane = page.getByRole('dialog', { name: text(lang, 'panes', 'failover.title') });
      await pane.getByRole('button', { name: text(lang, 'panes', 'pane.ok') }).click();
      await expect(pane).toBeHidden();
      // The toast's spinner is a named progress indicator (axe aria-progressbar-name).
      await expect(
        page.getByRole('progressbar', { name: text(lang, 'notifications', 'status.InProgress') }),
      ).toBeVisible();
      await checkA11y();
    });

    test(`each pane and route dialog open (${lang})`, async ({ page, scenario, checkA11y }) => {
      test.slow();
      await scenario('default', { path: `/?lang=${lang}` });
      for (const path of PANES) {
        await test.step(path, async () => {
          await openPane(page, path);
          await checkA11y();
        });
      }
    });

    test(`the Lab (${lang})`, async ({ page, scenario, checkA11y }) => {
      await scenario('default', { path: `/lab?lang=${lang}` });
      await expect(page.getByRole('heading', { level: 1, name: text(lang, 'lab', 'title') })).toBeVisible();
      await expect(page.getByRole('switch').first()).toBeVisible();
      await checkA11y();
    });
  });
}

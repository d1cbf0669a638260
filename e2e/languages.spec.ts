import { test, expect } from './fixtures';

// docs/ui-names.md §9: combobox "Language" with English, Português (Brasil), Nederlands; ?lang=en|pt-BR|nl-NL.
// Terms from docs/glossary.md.

test('choosing Português (Brasil) in the header translates the portal', async ({
  page,
  scenario,
  checkA11y,
}) => {
  await scenario('default');
  const banner = page.getByRole('banner');
  await banner.getByRole('combobox', { name: 'Language' }).click();
  await page.getByRole('option', { name: 'Português (Brasil)' }).click();
  await expect(banner.getByRole('combobox', { name: 'Idioma' })).toHaveText('Português (Brasil)');

  const menu = page.getByRole('navigation', { name: 'Menu do cofre' });
  await menu.getByRole('link', { name: 'Itens replicados' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Itens replicados' })).toBeVisible();
  const grid = page.getByRole('grid', { name: 'Itens replicados' });
  await expect(grid.getByRole('columnheader', { name: /Integridade da replicação/ })).toBeVisible();
  await expect(grid.getByRole('row', { name: /\bweb-01\b/ })).toContainText('Failover confirmado');
  await checkA11y();
});

test('?lang=nl-NL opens the portal in Dutch', async ({ page, scenario, checkA11y }) => {
  await scenario('default', { path: '/?lang=nl-NL' });
  await expect(page.getByRole('banner').getByRole('combobox', { name: 'Taal' })).toHaveText('Nederlands');
  const menu = page.getByRole('navigation', { name: 'Kluismenu' });
  await expect(menu.getByRole('link', { name: 'Gerepliceerde items' })).toBeVisible();
  await menu.getByRole('link', { name: 'Gerepliceerde items' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Gerepliceerde items' })).toBeVisible();
  await checkA11y();

  // The choice is remembered like a user setting: a reload stays in Dutch.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Gerepliceerde items' })).toBeVisible();
});

import { test, expect } from './fixtures';
import { focused } from './keyboard';

// docs/ui-names.md §3: each grid row's button "More actions for {name}" opens a menu with the item
// blade's verbs; docs/ui-names.md §10: the keyboard opens it on its first item, Esc closes it and
// focus returns to the button.
test('row actions menu: Enter and Space open it on its first verb, Esc returns focus to the button; right-click and clicks', async ({
  page,
  scenario,
  checkA11y,
}) => {
  await scenario('default', { path: '/vaults/contoso-vault/replicated-items' });
  const grid = page.getByRole('grid');
  await expect(grid.getByRole('link', { name: 'web-01', exact: true })).toBeVisible();
  const menu = page.getByRole('menu');
  const button = (name: string) => grid.getByRole('button', { name: `More actions for ${name}` });

  // Re-protect, the first verb: enabled for web-01 (failed over), disabled for web-02 (RP-3: a
  // replication group member re-protects through its plan). web-01 twice: the second time its menu
  // has been opened before.
  for (const [name, key, reprotect] of [
    ['web-01', 'Enter', 'enabled'],
    ['web-02', 'Space', 'disabled'],
    ['web-01', 'Space', 'enabled'],
  ] as const) {
    await expect(button(name)).toHaveAttribute('aria-haspopup', 'menu');
    await expect(button(name)).not.toHaveAttribute('aria-expanded', 'true');
    await button(name).focus();
    await page.keyboard.press(key);
    await expect(menu).toBeVisible();
    await expect(button(name)).toHaveAttribute('aria-expanded', 'true');
    const first = menu.getByRole('menuitem', { name: 'Re-protect' });
    if (reprotect === 'enabled') {
      // The eligibility arrives after the menu opens: the focused item stays focused as it turns enabled.
      await expect(first).not.toHaveAttribute('aria-disabled', 'true');
    } else {
      await expect(first).toHaveAttribute('aria-disabled', 'true');
      // A disabled verb's reason shows in a tooltip on focus; Fluent's first Esc dismisses the tooltip.
      await expect(page.getByRole('tooltip')).toHaveText(/replication group rg-web/);
      await checkA11y();
      await page.keyboard.press('Escape');
      await expect(page.getByRole('tooltip')).toBeHidden();
      await expect(menu).toBeVisible();
    }
    await expect.poll(() => focused(page)).toMatchObject({ role: 'menuitem', name: 'Re-protect' });
    await page.keyboard.press('Escape');
    await expect(menu).toBeHidden();
    await expect
      .poll(() => focused(page))
      .toMatchObject({ role: 'button', name: `More actions for ${name}` });
    await expect(button(name)).not.toHaveAttribute('aria-expanded', 'true');
  }

  // Inside the grid, ArrowDown belongs to the grid's arrow navigation: it moves to the next row.
  await button('app-01').focus();
  await page.keyboard.press('ArrowDown');
  await expect.poll(() => focused(page)).toMatchObject({ role: 'button', name: 'More actions for db-01' });
  await expect(menu).toBeHidden();

  // Right-click on a row opens the same menu; a click on the button opens it, a second closes it.
  await grid.getByRole('row').filter({ hasText: 'db-01' }).click({ button: 'right' });
  await expect(menu).toBeVisible();
  await expect(button('db-01')).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await button('web-03').click();
  await expect(menu).toBeVisible();
  await expect(menu.getByRole('menuitem', { name: 'Disable replication' })).toBeVisible();
  await button('web-03').click();
  await expect(menu).toBeHidden();
});

import { expect, type Page } from '@playwright/test';

/**
 * Keyboard-only steps (docs/ui-names.md §10): what a user does with Tab, Shift+Tab, arrows, Enter,
 * Space, Esc and typing. Interactions go through `page.keyboard` only; where focus is, is read
 * from the page (role and accessible name of `document.activeElement`), never by clicking.
 */
export interface Focused {
  tag: string;
  role: string;
  name: string;
  inToolbar: boolean;
  inDialog: boolean;
}

export function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body)
      return { tag: 'BODY', role: '', name: '', inToolbar: false, inDialog: false };
    const byIds = (ids: string | null) =>
      (ids ?? '')
        .split(/\s+/)
        .map((id) => document.getElementById(id)?.textContent?.trim() ?? '')
        .filter(Boolean)
        .join(' ');
    const input = el as HTMLInputElement;
    const name =
      el.getAttribute('aria-label') ??
      (byIds(el.getAttribute('aria-labelledby')) ||
        (input.labels?.[0]?.textContent?.trim() ?? '') ||
        (el.textContent ?? '').trim());
    const tag = el.tagName;
    const implicit =
      tag === 'A' ? 'link' : tag === 'BUTTON' ? 'button' : tag === 'INPUT' ? input.type : tag.toLowerCase();
    return {
      tag,
      role: el.getAttribute('role') ?? implicit,
      // A required field's label ends with Fluent's "*" marker, which is not part of its name.
      name: name.replace(/\s*\*$/, ''),
      inToolbar: !!el.closest('[role="toolbar"]'),
      inDialog: !!el.closest('[role="dialog"], [role="alertdialog"]'),
    };
  });
}

type Target = { role?: string; name: string | RegExp };

const matches = (f: Focused, target: Target) =>
  (!target.role || f.role === target.role) &&
  (typeof target.name === 'string' ? f.name === target.name : target.name.test(f.name));

/** Tab (or Shift+Tab) until the control is focused; fails after `max` presses. */
export async function tabTo(page: Page, target: Target, { back = false, max = 80 } = {}) {
  for (let i = 0; i < max; i++) {
    if (matches(await focused(page), target)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  expect(await focused(page), `Tab did not reach ${target.role ?? ''} ${String(target.name)}`).toMatchObject(
    target,
  );
}

/** A command of the blade's toolbar: Tab into the toolbar, then arrows (a roving tab stop). */
export async function toCommand(page: Page, name: string) {
  for (let i = 0; i < 80 && !(await focused(page)).inToolbar; i++) await page.keyboard.press('Tab');
  for (let i = 0; i < 20; i++) {
    if ((await focused(page)).name === name) return;
    await page.keyboard.press(i < 10 ? 'ArrowRight' : 'ArrowLeft');
  }
  expect((await focused(page)).name).toBe(name);
}

/** A combobox of a pane: focus it, type the option's start, Enter picks the highlighted option. */
export async function choose(page: Page, field: string, option: string) {
  await tabTo(page, { role: 'combobox', name: field });
  await page.keyboard.type(option);
  await page.keyboard.press('Enter');
}

/** Arrow keys within a composite (a grid, a list) until the control is focused. */
export async function arrowTo(page: Page, target: Target, key = 'ArrowDown', max = 40) {
  for (let i = 0; i < max; i++) {
    if (matches(await focused(page), target)) return;
    await page.keyboard.press(key);
  }
  expect(await focused(page), `${key} did not reach ${String(target.name)}`).toMatchObject(target);
}

import { screen, within } from '@testing-library/react';
import type userEvent from '@testing-library/user-event';

type User = ReturnType<typeof userEvent.setup>;

/**
 * Test helper: queries for a loaded item pane, found through one of its read-only fields (`field`,
 * e.g. `Direction`): while the item loads, a placeholder pane with the same name shows.
 */
export function paneQueries(field: string, { timeout }: { timeout?: number } = {}) {
  const pane = async () => {
    const input = await screen.findByRole('textbox', { name: field }, { timeout });
    return input.closest<HTMLElement>('[role="dialog"]') ?? screen.getByRole('dialog');
  };
  /** Options of a combobox by the start of their names (docs/ui-names.md §1). */
  const optionsOf = async (user: User, label: string) => {
    await user.click(await within(await pane()).findByRole('combobox', { name: label }));
    const listbox = await screen.findByRole('listbox');
    const names = within(listbox)
      .getAllByRole('option')
      .map((option) => option.textContent?.split(' ')[0]);
    await user.keyboard('{Escape}');
    return names;
  };
  const pick = async (user: User, label: string, name: string) => {
    await user.click(await within(await pane()).findByRole('combobox', { name: label }));
    await user.click(await screen.findByRole('option', { name: new RegExp(`^${name}( |$)`) }));
  };
  return { pane, optionsOf, pick };
}

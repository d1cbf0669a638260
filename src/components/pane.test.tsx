import { useState } from 'react';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Checkbox } from '@fluentui/react-components';
import { describe, expect, it } from 'vitest';
import { renderPane } from '../testing/render-pane';
import { Pane } from './pane';

function TestPane() {
  const [changed, setChanged] = useState(false);
  return (
    <Pane title="Test pane" onOk={() => true} dirty={changed}>
      <Checkbox
        label="Change something"
        checked={changed}
        onChange={(_e, data) => setChanged(data.checked === true)}
      />
    </Pane>
  );
}

const open = () => renderPane(<TestPane />, { vault: 'contoso-vault', item: 'web-01', child: 'test' });

describe('Pane and the Discard changes? dialog (docs/ui-names.md §5)', () => {
  it('Cancel with no change closes at once', async () => {
    const user = userEvent.setup();
    open();
    await user.click(
      within(screen.getByRole('dialog', { name: 'Test pane' })).getByRole('button', { name: 'Cancel' }),
    );
    expect(await screen.findByRole('heading', { name: 'item blade' })).toBeInTheDocument();
    expect(screen.queryByRole('dialog', { name: 'Test pane' })).toBeNull();
  });

  it('Cancel with a change asks; Keep editing keeps it, Discard closes', async () => {
    const user = userEvent.setup();
    open();
    const pane = screen.getByRole('dialog', { name: 'Test pane' });
    await user.click(within(pane).getByRole('checkbox', { name: 'Change something' }));
    await user.click(within(pane).getByRole('button', { name: 'Cancel' }));
    const ask = await screen.findByRole('alertdialog', { name: 'Discard changes?' });
    await user.click(within(ask).getByRole('button', { name: 'Keep editing' }));
    expect(screen.queryByRole('alertdialog', { name: 'Discard changes?' })).toBeNull();
    const back = await screen.findByRole('dialog', { name: 'Test pane' });
    expect(within(back).getByRole('checkbox')).toBeChecked();

    await user.click(within(back).getByRole('button', { name: 'Cancel' }));
    const again = await screen.findByRole('alertdialog', { name: 'Discard changes?' });
    await user.click(within(again).getByRole('button', { name: 'Discard' }));
    expect(await screen.findByRole('heading', { name: 'item blade' })).toBeInTheDocument();
    expect(screen.queryByRole('dialog', { name: 'Test pane' })).toBeNull();
  });

  it('Esc with a change asks too', async () => {
    const user = userEvent.setup();
    open();
    await user.click(screen.getByRole('checkbox', { name: 'Change something' }));
    await user.keyboard('{Escape}');
    expect(await screen.findByRole('alertdialog', { name: 'Discard changes?' })).toBeInTheDocument();
  });

  it('browser Back with a change asks (useBlocker); Discard goes back', async () => {
    const user = userEvent.setup();
    const { router } = open();
    await user.click(screen.getByRole('checkbox', { name: 'Change something' }));
    await act(() => router.navigate(-1));
    const ask = await screen.findByRole('alertdialog', { name: 'Discard changes?' });
    expect(router.state.location.pathname).toBe('/vaults/contoso-vault/replicated-items/web-01/test');
    await user.click(within(ask).getByRole('button', { name: 'Discard' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
  });
});

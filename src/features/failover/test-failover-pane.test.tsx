import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { arm } from '../../api/arm-client';
import { armPaths } from '../../api/arm-paths';
import type { ArmItem, ArmList } from '../../api/wire-types';
import { renderPane } from '../../testing/render-pane';
import { holdRequests } from '../../testing/hold-request';
import { TestFailoverCleanupPane } from './test-failover-cleanup-pane';
import { TestFailoverPane } from './test-failover-pane';

const VAULT = 'contoso-vault';

const appItem = async () =>
  (await arm.get<ArmList<ArmItem>>(armPaths.items(VAULT))).value.find((i) => i.name === 'app-01')!;

describe('Test failover panes over the real handlers (TF-1..4)', () => {
  it('TF-1, TF-4: the isolated test network is the default; a production one is warned against; OK starts the test', async () => {
    const user = userEvent.setup();
    renderPane(<TestFailoverPane />, { vault: VAULT, item: 'app-01', child: 'test-failover' });
    const dialog = await screen.findByRole('dialog', { name: 'Test failover' });
    const network = await within(dialog).findByRole('combobox', { name: /Azure virtual network/ });
    await waitFor(() => expect(network).toHaveValue('contoso-test-vnet (isolated test network)'));
    await user.click(network);
    await user.click(await screen.findByRole('option', { name: /^contoso-vnet / }));
    expect(await within(dialog).findByText(/contoso-vnet is a production network/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'OK' }));
    await screen.findByRole('heading', { name: 'item blade' });
    const item = await appItem();
    expect(item.properties.testFailoverState).toBe('TestFailoverInProgress');
  });

  it('TF-3: OK refuses until the confirmation is checked (focus moves to it); the checkbox shows the choice at once', async () => {
    const user = userEvent.setup();
    // A finished test first, so that cleanup is allowed.
    const item = await appItem();
    await arm.post(armPaths.itemAction(item.id, 'testFailover'), {
      properties: { failoverDirection: 'PrimaryToRecovery', networkId: 'contoso-test-vnet' },
    });
    await arm.post('/simulator/clock/advance', { untilJobsFinish: true });
    renderPane(<TestFailoverCleanupPane />, { vault: VAULT, item: 'app-01', child: 'cleanup-test-failover' });
    const dialog = await screen.findByRole('dialog', { name: 'Test failover cleanup' });
    await user.type(await within(dialog).findByRole('textbox', { name: /Notes/ }), 'All good');
    const confirm = within(dialog).getByRole('checkbox', {
      name: 'Testing is complete. Delete test failover virtual machine(s)',
    });
    await user.click(within(dialog).getByRole('button', { name: 'OK' }));
    expect(await within(dialog).findByText(/Confirm that testing is complete/)).toBeInTheDocument();
    expect(confirm).toHaveFocus();
    await user.click(confirm);
    expect(confirm).toBeChecked();
    await user.click(within(dialog).getByRole('button', { name: 'OK' }));
    await screen.findByRole('heading', { name: 'item blade' });
    expect((await appItem()).properties.testFailoverState).toBe('TestFailoverCleanupInProgress');
  });

  it('LIFE-7, TF-1: OK pressed while the recovery points still load waits for them, then starts the test', async () => {
    const user = userEvent.setup();
    const release = holdRequests('get', /\/replicationProtectedItems\/app-01\/recoveryPoints(\?|$)/);
    renderPane(<TestFailoverPane />, { vault: VAULT, item: 'app-01', child: 'test-failover' });
    const dialog = await screen.findByRole('dialog', { name: 'Test failover' });
    const network = await within(dialog).findByRole('combobox', { name: /Azure virtual network/ });
    await waitFor(() => expect(network).toHaveValue('contoso-test-vnet (isolated test network)'));
    await user.click(within(dialog).getByRole('button', { name: 'OK' }));
    expect((await appItem()).properties.testFailoverState).not.toBe('TestFailoverInProgress');
    release();
    await screen.findByRole('heading', { name: 'item blade' });
    expect((await appItem()).properties.testFailoverState).toBe('TestFailoverInProgress');
  });
});

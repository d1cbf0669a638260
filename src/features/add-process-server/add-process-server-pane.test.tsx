import { describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { server } from '../../testing/server';
import { renderWithProviders } from '../../testing/render';
import { PROBLEM_MESSAGES } from '../../../contract/process-server-input';
import { AddProcessServerPane } from './add-process-server-pane';

const CS = '/vaults/contoso-vault/infrastructure/configuration-servers/cs-01';

function renderPane() {
  return renderWithProviders(<AddProcessServerPane />, {
    route: `${CS}/add-process-server`,
    path: '/vaults/:vault/infrastructure/configuration-servers/:server/add-process-server',
    routes: [{ path: '/vaults/:vault/infrastructure/configuration-servers/:server', element: <p>blade</p> }],
  });
}

async function pick(user: ReturnType<typeof userEvent.setup>, name: string, option: RegExp) {
  await user.click(screen.getByRole('combobox', { name }));
  await user.click(await screen.findByRole('option', { name: option }));
}

describe('Add process server pane (docs/ui-names.md §5, PS-3)', () => {
  it('PS-3: a classic network shows only the Marketplace instructions', async () => {
    const user = userEvent.setup();
    renderPane();
    const pane = await screen.findByRole('dialog', { name: 'Add process server' });
    await within(pane).findByRole('radio', { name: 'Deploy a failback process server in Azure' });
    expect(within(pane).getByRole('radio', { name: /Deploy a failback/ })).toBeChecked();
    expect(within(pane).getByRole('combobox', { name: 'Subscription' })).toHaveTextContent('Contoso');
    await pick(user, 'Azure network', / \(classic\)$/);
    expect(pane).toHaveTextContent('Microsoft Azure Site Recovery Process Server V2 (classic)');
    expect(within(pane).queryByRole('textbox', { name: 'Server name' })).not.toBeInTheDocument();
    expect(within(pane).getByRole('button', { name: 'OK' })).toBeDisabled();
  }, 60_000);

  it('PS-3: invalid input shows messages under the fields and focuses the first invalid one', async () => {
    const user = userEvent.setup();
    renderPane();
    const pane = await screen.findByRole('dialog', { name: 'Add process server' });
    await within(pane).findByRole('radio', { name: 'Deploy a failback process server in Azure' });
    await pick(user, 'Azure network', / \(Resource Manager\)$/);
    await pick(user, 'Resource group', /^contoso-dr-rg/);
    await user.click(within(pane).getByRole('textbox', { name: 'Server name' }));
    await user.paste('12345');
    await user.click(within(pane).getByRole('textbox', { name: 'User name' }));
    await user.paste('admin');
    await user.click(within(pane).getByLabelText('Password'));
    await user.paste('short');
    await user.click(within(pane).getByRole('button', { name: 'OK' }));
    expect(pane).toHaveTextContent("The server name can't be only digits.");
    expect(pane).toHaveTextContent('This user name is reserved');
    expect(pane).toHaveTextContent('The password must be 12 to 123 characters long.');
    expect(pane).toHaveTextContent('Select a storage account.');
    expect(within(pane).getByRole('textbox', { name: 'Server name' })).toHaveFocus();
  }, 60_000);

  it('PS-3: a valid form POSTs {S}{F}/processServers and closes the pane', async () => {
    let body: unknown;
    server.use(
      http.post(
        /\/simulator\/Subscriptions\/.*\/replicationFabrics\/cs-01\/processServers$/i,
        async ({ request }) => {
          body = await request.json();
          return new HttpResponse(null, {
            status: 202,
            headers: { Location: 'http://localhost/x/operationresults/job-1?api-version=1' },
          });
        },
      ),
    );
    const user = userEvent.setup();
    const { router } = renderPane();
    const pane = await screen.findByRole('dialog', { name: 'Add process server' });
    await within(pane).findByRole('radio', { name: 'Deploy a failback process server in Azure' });
    await pick(user, 'Azure network', / \(Resource Manager\)$/);
    await pick(user, 'Resource group', /^contoso-dr-rg/);
    await user.click(within(pane).getByRole('textbox', { name: 'Server name' }));
    await user.paste('ps-azure-02');
    await user.click(within(pane).getByRole('textbox', { name: 'User name' }));
    await user.paste('contosoadmin');
    await user.click(within(pane).getByLabelText('Password'));
    await user.paste('Contoso-2026!');
    await pick(user, 'Storage account', /^contosodrstorage/);
    await pick(user, 'Subnet', /^default/);
    await pick(user, 'Network interface', /^ps-nic-01/);
    await user.click(within(pane).getByRole('button', { name: 'OK' }));
    await vi.waitFor(() => expect(router.state.location.pathname).toBe(CS));
    expect(body).toMatchObject({
      properties: {
        serverName: 'ps-azure-02',
        userName: 'contosoadmin',
        password: 'Contoso-2026!',
        resourceGroupName: 'contoso-dr-rg',
        subnetName: 'default',
      },
    });
  }, 60_000);

  it('PS-3: a user name with a space or a reserved one is refused before submit, with the API\u2019s words', async () => {
    const posted = vi.fn();
    server.use(
      http.post(/\/processServers$/i, () => {
        posted();
        return HttpResponse.json({}, { status: 500 });
      }),
    );
    const user = userEvent.setup();
    renderPane();
    const pane = await screen.findByRole('dialog', { name: 'Add process server' });
    await within(pane).findByRole('radio', { name: 'Deploy a failback process server in Azure' });
    await pick(user, 'Azure network', / \(Resource Manager\)$/);
    await user.click(within(pane).getByRole('textbox', { name: 'User name' }));
    await user.paste('ps admin');
    await user.click(within(pane).getByRole('button', { name: 'OK' }));
    expect(pane).toHaveTextContent(PROBLEM_MESSAGES.userNameCharacters);
    await user.clear(within(pane).getByRole('textbox', { name: 'User name' }));
    await user.paste('support_388945a0');
    await user.click(within(pane).getByRole('button', { name: 'OK' }));
    expect(pane).toHaveTextContent(PROBLEM_MESSAGES.userNameReserved);
    expect(posted).not.toHaveBeenCalled();
  }, 60_000);
});

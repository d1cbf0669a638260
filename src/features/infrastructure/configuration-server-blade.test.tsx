import { describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { server } from '../../testing/server';
import { renderWithProviders } from '../../testing/render';
import { ConfigurationServerBlade } from './configuration-server-blade';

const renderBlade = () =>
  renderWithProviders(<ConfigurationServerBlade />, {
    route: '/vaults/contoso-vault/infrastructure/configuration-servers/cs-01',
    path: '/vaults/:vault/infrastructure/configuration-servers/:server',
  });

describe('Configuration server blade (docs/ui-names.md §2, PS-3, RV-7)', () => {
  it('PS-2, PS-6: the Process servers tab shows location, deployment model and heartbeat', async () => {
    renderBlade();
    expect(await screen.findByRole('heading', { level: 1, name: 'cs-01' })).toBeInTheDocument();
    expect(screen.getByText('Configuration server')).toBeInTheDocument();
    const panel = screen.getByRole('tabpanel');
    const azure = await within(panel).findByRole('row', { name: /ps-azure-01/ });
    expect(azure).toHaveTextContent('Azure');
    expect(azure).toHaveTextContent('Resource Manager');
    expect(within(panel).getByRole('row', { name: /ps-scaleout-02/ })).toHaveTextContent('No heartbeat');
  }, 60_000);

  it('RV-1..5, DS-1: the Master target servers tab says why each disk is or is not eligible', async () => {
    const user = userEvent.setup();
    renderBlade();
    await user.click(await screen.findByRole('tab', { name: 'Master target servers' }));
    const volumes = await screen.findByRole('table', { name: 'Retention volumes cs-01' });
    expect(within(volumes).getByRole('row', { name: /^R:/ })).toHaveTextContent('Eligible');
    expect(within(volumes).getByRole('row', { name: /^G:/ })).toHaveTextContent('lock mode (RV-2)');
    expect(within(volumes).getByRole('row', { name: /^E:/ })).toHaveTextContent('RV-4');
    expect(screen.getByRole('row', { name: /datastore-nfs-01/ })).toHaveTextContent('DS-1');
  }, 60_000);

  it('RV-7: Refresh server POSTs refreshProvider on the configuration server', async () => {
    const calls: string[] = [];
    server.use(
      http.post(/refreshProvider$/i, ({ request }) => {
        calls.push(new URL(request.url).pathname);
        return new HttpResponse(null, { status: 202 });
      }),
    );
    const user = userEvent.setup();
    renderBlade();
    const bar = await screen.findByRole('toolbar', { name: 'Commands' });
    await user.click(within(bar).getByRole('button', { name: 'Refresh server' }));
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    expect(await screen.findByRole('status')).toHaveTextContent('Discovery finished');
    expect(calls[0]).toMatch(
      /replicationFabrics\/cs-01\/replicationRecoveryServicesProviders\/cs-01\/refreshProvider$/,
    );
  }, 60_000);
});

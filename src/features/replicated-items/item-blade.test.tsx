import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { server } from '../../testing/server';
import { renderWithProviders } from '../../testing/render';
import { ItemBlade } from './item-blade';
import { defaultItems, itemHandlers } from '../../testing/item-fixtures';

const renderItem = (name: string, role = 'Contributor') => {
  server.use(...itemHandlers(defaultItems, role));
  return renderWithProviders(<ItemBlade />, {
    route: `/vaults/contoso-vault/replicated-items/${name}`,
    path: '/vaults/:vault/replicated-items/:item/*',
  });
};

const commands = () => screen.getByRole('toolbar', { name: 'Commands' });

describe('Item blade (docs/ui-names.md §4)', () => {
  it('RP-5: Re-protect is disabled with the reason, and the MessageBar says failback is not possible', async () => {
    renderItem('legacy-01');
    expect(screen.getByRole('heading', { level: 1, name: 'legacy-01' })).toBeInTheDocument();
    expect(await screen.findByText("Failback isn't possible")).toBeInTheDocument();
    const reprotect = await within(commands()).findByRole('button', { name: 'Re-protect' });
    expect(reprotect).toHaveAttribute('aria-disabled', 'true');
    // The tooltip (relationship "description") carries the same RP-5 reason.
    expect(reprotect).toHaveAccessibleDescription(/created directly in Azure.*RP-5/);
    expect(within(commands()).getByRole('button', { name: 'Refresh' })).not.toHaveAttribute('aria-disabled');
  });

  it('LIFE-3: a committed VMware VM may re-protect; commit and failover are disabled with reasons', async () => {
    renderItem('web-01');
    const reprotect = await within(commands()).findByRole('button', { name: 'Re-protect' });
    await waitFor(() => expect(reprotect).not.toHaveAttribute('aria-disabled'));
    const commit = within(commands()).getByRole('button', { name: 'Commit' });
    expect(commit).toHaveAttribute('aria-disabled', 'true');
    expect(commit).toHaveAccessibleDescription(/LIFE-2/);
    // Hyper-V only commands are absent for a VMware VM.
    expect(within(commands()).queryByRole('button', { name: 'Planned failover' })).not.toBeInTheDocument();
    expect(screen.queryByText("Failback isn't possible")).not.toBeInTheDocument();
  });

  it('shows the essentials as a description list', async () => {
    renderItem('db-01');
    const essentials = await screen.findByRole('region', { name: 'Essentials' });
    await waitFor(() => expect(essentials).toHaveTextContent('Failover committed'));
    expect(essentials).toHaveTextContent('Azure');
    expect(essentials).toHaveTextContent('VMware VM');
    expect(essentials).toHaveTextContent('CentOS 7');
    expect(within(essentials).getAllByRole('term').length).toBeGreaterThan(5);
    expect(screen.getByRole('tab', { name: 'Recovery points' })).toBeInTheDocument();
  });

  it('§9: a Reader sees every verb disabled with a permission reason', async () => {
    renderItem('web-01', 'Reader');
    const reprotect = await within(commands()).findByRole('button', { name: 'Re-protect' });
    await waitFor(() => expect(reprotect).toHaveAccessibleDescription(/permission/));
    expect(reprotect).toHaveAttribute('aria-disabled', 'true');
  });

  it('an unknown item shows the Not found blade', async () => {
    renderItem('nope-99');
    expect(await screen.findByRole('heading', { level: 1, name: 'Not found' })).toBeInTheDocument();
  });

  it('docs/api.md §2.3: reads its item with GET {I}, never the vault-wide list', async () => {
    const urls: URL[] = [];
    const record = ({ request }: { request: Request }) => void urls.push(new URL(request.url));
    server.events.on('request:start', record);
    try {
      renderItem('web-01');
      await within(commands()).findByRole('button', { name: 'Re-protect' });
      await waitFor(() =>
        expect(urls.some((url) => url.pathname.endsWith('/replicationProtectedItems/web-01'))).toBe(true),
      );
      const lists = urls.filter((url) => /\/(replicationProtectedItems|eligibility)$/i.test(url.pathname));
      expect(lists.length).toBeGreaterThan(0);
      for (const url of lists)
        expect(url.searchParams.get('$filter'), url.href).toBe("FriendlyName eq 'web-01'");
    } finally {
      server.events.removeListener('request:start', record);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { server } from '../../testing/server';
import { renderWithProviders } from '../../testing/render';
import { itemHandlers } from '../../testing/item-fixtures';
import { VaultLayout } from './vault-layout';
import { VaultOverviewBlade } from './vault-overview-blade';

const renderVault = (route: string) => {
  server.use(
    ...itemHandlers(),
    http.get(/\/vaults\/contoso-vault$/, () =>
      HttpResponse.json({ id: 'v', name: 'contoso-vault', type: 'vault', location: 'westeurope' }),
    ),
    http.get(/\/subscriptions\/[^/]+$/, () => HttpResponse.json({ displayName: 'Contoso Production' })),
  );
  return renderWithProviders(<VaultLayout />, {
    route,
    path: '/vaults/:vault',
  });
};

describe('Vault layout and overview (docs/ui-names.md §1, §2)', () => {
  it('has the vault menu links in order and a breadcrumb', async () => {
    renderVault('/vaults/contoso-vault');
    const menu = screen.getByRole('navigation', { name: 'Vault menu' });
    expect(
      within(menu)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual([
      'Overview',
      'Replicated items',
      'Recovery plans (Site Recovery)',
      'Site Recovery jobs',
      'Site Recovery infrastructure',
    ]);
    const breadcrumb = screen.getByRole('navigation', { name: 'Breadcrumb' });
    expect(within(breadcrumb).getByRole('link', { name: 'Home' })).toHaveAttribute('href', '/');
    expect(within(breadcrumb).getByRole('link', { name: 'contoso-vault' })).toHaveAttribute(
      'href',
      '/vaults/contoso-vault',
    );
  });

  it('overview: h1, subtitle, essentials and counts by status', async () => {
    server.use(
      ...itemHandlers(),
      http.get(/\/vaults\/contoso-vault$/, () =>
        HttpResponse.json({ id: 'v', name: 'contoso-vault', type: 'vault', location: 'westeurope' }),
      ),
      http.get(/\/subscriptions\/[^/]+$/, () => HttpResponse.json({ displayName: 'Contoso Production' })),
    );
    renderWithProviders(<VaultOverviewBlade />, { route: '/vaults/contoso-vault', path: '/vaults/:vault' });
    expect(screen.getByRole('heading', { level: 1, name: 'contoso-vault' })).toBeInTheDocument();
    expect(screen.getByText('Recovery Services vault')).toBeInTheDocument();
    const essentials = screen.getByRole('region', { name: 'Essentials' });
    expect(await within(essentials).findByText('Contoso Production')).toBeInTheDocument();
    expect(await within(essentials).findByText('West Europe')).toBeInTheDocument();
    expect(within(essentials).getByText('contoso-dr-rg')).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'View all 8 replicated items' })).toBeInTheDocument();
  });
});

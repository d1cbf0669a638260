import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { server } from '../../testing/server';
import { renderWithProviders } from '../../testing/render';
import { ReplicatedItemsBlade } from './replicated-items-blade';
import { itemHandlers } from '../../testing/item-fixtures';
import { arm } from '../../api/arm-client';
import { simulatorPaths } from '../../api/arm-paths';
import { GRID_PAGE_SIZE } from '../../api/items';

const renderBlade = () => {
  server.use(...itemHandlers());
  return renderWithProviders(<ReplicatedItemsBlade />, {
    route: '/vaults/contoso-vault/replicated-items',
    path: '/vaults/:vault/replicated-items',
    routes: [{ path: '/vaults/:vault/replicated-items/:item/*', element: <p>pane</p> }],
  });
};

const rowNames = () =>
  within(screen.getByRole('grid'))
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('gridcell')[0].textContent);

describe('Replicated items blade (docs/ui-names.md §3)', () => {
  it('shows h1, subtitle, the five columns and every item with its status', async () => {
    renderBlade();
    expect(screen.getByRole('heading', { level: 1, name: 'Replicated items' })).toBeInTheDocument();
    expect(await screen.findByText('Showing 8 of 8 items')).toBeInTheDocument();
    const headers = screen.getAllByRole('columnheader').map((header) => header.textContent);
    expect(headers).toEqual(['Name', 'Replication health', 'Status', 'Active location', 'RPO']);
    const grid = screen.getByRole('grid');
    expect(grid).toHaveAttribute('aria-rowcount', '9');
    const appRow = within(grid).getByRole('link', { name: 'app-01' }).closest('[role="row"]') as HTMLElement;
    expect(appRow).toHaveTextContent('Protected');
    expect(appRow).toHaveTextContent('On-premises');
    expect(appRow).toHaveTextContent('30 sec');
  });

  it('filters by name and keeps the record count in step', async () => {
    renderBlade();
    await screen.findByText('Showing 8 of 8 items');
    await userEvent.type(screen.getByRole('searchbox', { name: 'Filter by name' }), 'web');
    expect(await screen.findByText('Showing 3 of 8 items')).toBeInTheDocument();
    expect(rowNames()).toEqual(['web-01', 'web-02', 'web-03']);
  });

  it('filters by status with the status pill', async () => {
    renderBlade();
    await screen.findByText('Showing 8 of 8 items');
    // Keyboard, as a user would: the first option (Protected) is active when the pill opens.
    await userEvent.click(screen.getByRole('combobox', { name: 'Filter by status' }));
    await userEvent.keyboard('{Enter}');
    expect(await screen.findByText('Showing 1 of 8 items')).toBeInTheDocument();
    expect(rowNames()).toEqual(['app-01']);
  });

  it('sorts by name and by health with aria-sort on the header', async () => {
    renderBlade();
    await screen.findByText('Showing 8 of 8 items');
    const nameHeader = screen.getByRole('columnheader', { name: 'Name' });
    expect(nameHeader).toHaveAttribute('aria-sort', 'ascending');
    expect(rowNames()[0]).toBe('app-01');

    await userEvent.click(within(nameHeader).getByRole('button'));
    expect(nameHeader).toHaveAttribute('aria-sort', 'descending');
    expect(rowNames()[0]).toBe('web-03');

    const healthHeader = screen.getByRole('columnheader', { name: 'Replication health' });
    await userEvent.click(within(healthHeader).getByRole('button'));
    expect(healthHeader).toHaveAttribute('aria-sort', 'ascending');
    expect(nameHeader).toHaveAttribute('aria-sort', 'none');
    // Worst health first: web-02 (Warning), then app-01 (Healthy).
    expect(rowNames().slice(0, 2)).toEqual(['web-02', 'app-01']);
  });

  it('RP-5: the row menu offers the verbs, Re-protect disabled for legacy-01', async () => {
    renderBlade();
    await screen.findByText('Showing 8 of 8 items');
    await userEvent.click(screen.getByRole('button', { name: 'More actions for legacy-01' }));
    const menu = await screen.findByRole('menu');
    await waitFor(() =>
      expect(within(menu).getByRole('menuitem', { name: 'Re-protect' })).toHaveAttribute(
        'aria-disabled',
        'true',
      ),
    );
    expect(within(menu).getByRole('menuitem', { name: 'Unplanned failover' })).toBeInTheDocument();
    expect(within(menu).getByRole('menuitem', { name: 'Commit' })).toBeInTheDocument();
  });

  it('opens the re-protect pane route from the row menu', async () => {
    const { router } = renderBlade();
    await screen.findByText('Showing 8 of 8 items');
    await userEvent.click(screen.getByRole('button', { name: 'More actions for web-01' }));
    const item = await screen.findByRole('menuitem', { name: 'Re-protect' });
    await waitFor(() => expect(item).not.toHaveAttribute('aria-disabled', 'true'));
    await userEvent.click(item);
    expect(router.state.location.pathname).toBe('/vaults/contoso-vault/replicated-items/web-01/reprotect');
  });

  it('docs/api.md §2.3: a 250-item vault comes a page at a time; the count and aria-rowcount come from the API', async () => {
    // The simulated API itself (no fixtures): the default world plus 250 copies of app-01.
    const world = await arm.get<{ items: { name: string }[] }>(simulatorPaths.scenario);
    const template = world.items.find((item) => item.name === 'app-01')!;
    const copies = Array.from({ length: 250 }, (_, i) => ({
      ...template,
      name: `app-01-${String(i).padStart(4, '0')}`,
    }));
    await arm.put(simulatorPaths.scenario, { ...world, items: [...world.items, ...copies] });
    const total = world.items.length + copies.length;
    renderWithProviders(<ReplicatedItemsBlade />, {
      route: '/vaults/contoso-vault/replicated-items',
      path: '/vaults/:vault/replicated-items',
    });
    expect(await screen.findByText(`Showing ${total} of ${total} items`)).toBeInTheDocument();
    const grid = screen.getByRole('grid');
    expect(grid).toHaveAttribute('aria-rowcount', String(total + 1));
    // Virtualized: a screenful of rows is mounted, not the vault.
    expect(within(grid).getAllByRole('row').length).toBeLessThan(50);
    // Pages of GRID_PAGE_SIZE rows (maxpagesize): scrolling near the last loaded row brings the next.
    const body = grid.querySelectorAll<HTMLElement>('[role=rowgroup]')[1];
    const viewport = body.parentElement!;
    // The body is as tall as the rows loaded: one page, then two.
    expect(body.style.height).toBe(`${GRID_PAGE_SIZE * 40}px`);
    const lastIndex = () =>
      Math.max(
        ...within(grid)
          .getAllByRole('row')
          .map((row) => Number(row.getAttribute('aria-rowindex'))),
      );
    expect(lastIndex()).toBeLessThanOrEqual(GRID_PAGE_SIZE + 1);
    viewport.scrollTop = (GRID_PAGE_SIZE - 5) * 40;
    fireEvent.scroll(viewport);
    await waitFor(() => expect(lastIndex()).toBeGreaterThan(GRID_PAGE_SIZE + 1));
    expect(body.style.height).toBe(`${2 * GRID_PAGE_SIZE * 40}px`);
    // Sorted by name: app-01, then app-01-0000 …; row GRID_PAGE_SIZE + 1 is on the second page.
    expect(rowNames()).toContain(`app-01-${String(GRID_PAGE_SIZE).padStart(4, '0')}`);
    await userEvent.type(screen.getByRole('searchbox', { name: 'Filter by name' }), '-024');
    expect(await screen.findByText(`Showing 10 of ${total} items`)).toBeInTheDocument();
    await waitFor(() => expect(rowNames()[0]).toBe('app-01-0240'));
  });
});

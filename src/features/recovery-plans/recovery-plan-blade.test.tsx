import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { server } from '../../testing/server';
import { renderWithProviders } from '../../testing/render';
import { fixtureHandlers, PLAN, VAULT } from './plan-fixtures';
import { RecoveryPlanBlade } from './recovery-plan-blade';
import { RecoveryPlansBlade } from './recovery-plans-blade';

beforeEach(() => {
  server.use(...fixtureHandlers);
});

describe('Recovery plans blades (docs/ui-names.md §2, RPL-1)', () => {
  it('lists plans with machines count and replication groups', async () => {
    renderWithProviders(<RecoveryPlansBlade />, {
      route: `/vaults/${VAULT}/recovery-plans`,
      path: '/vaults/:vault/recovery-plans',
    });
    expect(
      screen.getByRole('heading', { level: 1, name: 'Recovery plans (Site Recovery)' }),
    ).toBeInTheDocument();
    const link = await screen.findByRole('link', { name: PLAN });
    const row = link.closest('tr')!;
    expect(row).toHaveTextContent('2');
    expect(await within(row).findByText('rg-web')).toBeInTheDocument();
  });

  it('shows the plan verbs per eligibility, disabled ones with the reason, and the machines', async () => {
    renderWithProviders(<RecoveryPlanBlade />, {
      route: `/vaults/${VAULT}/recovery-plans/${PLAN}`,
      path: '/vaults/:vault/recovery-plans/:plan',
    });
    expect(await screen.findByRole('heading', { level: 1, name: PLAN })).toBeInTheDocument();
    const toolbar = screen.getByRole('toolbar', { name: 'Commands' });
    // Enabled once the plan eligibility arrived (the button is re-rendered, so queried each time).
    await expect
      .poll(() => within(toolbar).getByRole('button', { name: 'Re-protect' }).getAttribute('aria-disabled'))
      .toBeNull();
    const failover = within(toolbar).getByRole('button', { name: 'Unplanned failover' });
    expect(failover).toHaveAttribute('aria-disabled', 'true');
    // LIFE-7: the tooltip (the button's description) gives the plan eligibility's reason.
    expect(failover).toHaveAccessibleDescription("'web-03' has no recovery point (LIFE-7).");
    const machines = screen.getByRole('table', { name: 'Machines' });
    const web02 = within(machines).getByRole('link', { name: 'web-02' }).closest('tr')!;
    expect(web02).toHaveTextContent('Failover committed');
    expect(web02).toHaveTextContent('rg-web');
    expect(web02).toHaveTextContent('Azure');
    expect(screen.getByRole('region', { name: 'Essentials' })).toHaveTextContent('cs-01');
  });
});

import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { server } from '../../testing/server';
import { renderWithProviders } from '../../testing/render';
import { JobsBlade } from './jobs-blade';
import { failedReprotect, makeJob } from './job-fixtures';

const jobs = [
  failedReprotect,
  makeJob('job-commit', {
    scenarioName: 'Commit',
    friendlyName: 'Commit',
    startTime: '2026-11-23T10:00:00.000Z',
    endTime: '2026-11-23T10:04:30.000Z',
    targetObjectName: 'db-01',
  }),
  makeJob('job-running', {
    scenarioName: 'UnplannedFailover',
    friendlyName: 'Unplanned failover',
    state: 'InProgress',
    endTime: undefined,
    startTime: '2026-11-23T10:10:00.000Z',
    allowedActions: ['Cancel'],
    targetObjectName: 'app-01',
  }),
];

function serve() {
  server.use(
    http.get('/simulator/clock', () =>
      HttpResponse.json({ now: '2026-11-23T10:25:00.000Z', speed: 0, runningJobs: 1 }),
    ),
    http.get('*/replicationJobs', () => HttpResponse.json({ value: jobs })),
  );
}

describe('Site Recovery jobs blade (docs/ui-names.md §6)', () => {
  it('lists the jobs newest first with name links, item, status and duration', async () => {
    serve();
    renderWithProviders(<JobsBlade />, { route: '/vaults/contoso-vault/jobs', path: '/vaults/:vault/jobs' });
    expect(screen.getByRole('heading', { level: 1, name: 'Site Recovery jobs' })).toBeInTheDocument();
    expect(screen.getByText('contoso-vault')).toBeInTheDocument();

    const grid = await screen.findByRole('grid');
    const rows = within(grid).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('link').textContent)).toEqual([
      'Unplanned failover',
      'Commit',
      'Reprotect',
    ]);
    expect(within(rows[0]).getByText('In progress')).toBeInTheDocument();
    expect(within(rows[0]).getByText('15m 00s')).toBeInTheDocument(); // running: measured to the simulated now
    expect(within(rows[1]).getByText('4m 30s')).toBeInTheDocument();
    expect(within(rows[2]).getByText('Failed')).toBeInTheDocument();
    expect(within(rows[2]).getByRole('link')).toHaveAttribute(
      'href',
      '/vaults/contoso-vault/jobs/job-failed',
    );
  });

  it('filters by status', async () => {
    serve();
    const user = userEvent.setup();
    renderWithProviders(<JobsBlade />, { route: '/vaults/contoso-vault/jobs', path: '/vaults/:vault/jobs' });
    const grid = await screen.findByRole('grid');
    await user.click(screen.getByRole('combobox', { name: 'Status filter' }));
    await user.click(await screen.findByRole('option', { name: 'Failed' }));
    const rows = within(grid).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(1);
    expect(within(rows[0]).getByRole('link', { name: 'Reprotect' })).toBeInTheDocument();
  });
});

import { describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { server } from '../../testing/server';
import { renderWithProviders } from '../../testing/render';
import type { ArmJob } from '../../api/wire-types';
import { JobBlade } from './job-blade';
import { failedReprotect, makeJob } from './job-fixtures';

const JOBS = '*/replicationJobs';

function serveJobs(jobs: ArmJob[]) {
  const posted: string[] = [];
  server.use(
    http.get('/simulator/clock', () =>
      HttpResponse.json({ now: '2026-11-23T09:30:00.000Z', speed: 0, runningJobs: 0 }),
    ),
    http.get(`${JOBS}/:job`, ({ params }) => {
      const job = jobs.find((j) => j.name === params.job);
      return job
        ? HttpResponse.json(job)
        : HttpResponse.json({ error: { code: 'ResourceNotFound', message: 'Not found.' } }, { status: 404 });
    }),
    http.post(`${JOBS}/:job/:action`, ({ params }) => {
      posted.push(`${params.job}/${params.action}`);
      return new HttpResponse(null, { status: 202 });
    }),
  );
  return posted;
}

const renderJob = (name: string) =>
  renderWithProviders(<JobBlade />, {
    route: `/vaults/contoso-vault/jobs/${name}`,
    path: '/vaults/:vault/jobs/:job',
  });

describe('Job blade (docs/ui-names.md §6)', () => {
  it('shows Error details of a failed job (ERR catalog) and restarts it without confirmation', async () => {
    const posted = serveJobs([failedReprotect]);
    const user = userEvent.setup();
    renderJob('job-failed');

    expect(await screen.findByRole('heading', { level: 1, name: 'Reprotect' })).toBeInTheDocument();
    expect(screen.getByText('Site Recovery job')).toBeInTheDocument();
    const details = screen.getByRole('region', { name: 'Error details' });
    const pairs = [...details.querySelectorAll('dt')].map((dt) => [
      dt.textContent,
      dt.nextElementSibling?.textContent,
    ]);
    expect(pairs).toEqual([
      ['Error code', '95226'],
      [
        'Error message',
        'Reprotect failed because the Azure virtual machine could not reach the on-premises server.',
      ],
      ['Possible causes', 'The site-to-site VPN is not connected.'],
      ['Recommendation', 'Connect the site-to-site VPN or ExpressRoute private peering and retry.'],
    ]);

    const commands = screen.getByRole('toolbar', { name: 'Commands' });
    expect(within(commands).getByRole('button', { name: 'Complete failover' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    expect(within(commands).getByRole('button', { name: 'Cancel' })).toHaveAttribute('aria-disabled', 'true');
    await user.click(within(commands).getByRole('button', { name: 'Restart' }));
    await vi.waitFor(() => expect(posted).toEqual(['job-failed/restart']));
  });

  it('HV-3: Complete failover resumes a job waiting for input', async () => {
    const posted = serveJobs([
      makeJob('job-hv', {
        scenarioName: 'PlannedFailover',
        friendlyName: 'Planned failover',
        state: 'Suspended',
        stateDescription: 'WaitingForCompleteFailover',
        endTime: undefined,
        allowedActions: ['Resume', 'Cancel'],
        targetObjectName: 'hv-app-01',
      }),
    ]);
    const user = userEvent.setup();
    renderJob('job-hv');

    expect(await screen.findByRole('heading', { level: 1, name: 'Planned failover' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Error details' })).not.toBeInTheDocument();
    const essentials = screen.getByRole('region', { name: 'Essentials' });
    expect(within(essentials).getByText('Waiting for input')).toBeInTheDocument();
    expect(within(essentials).getByText('hv-app-01')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Restart' })).toHaveAttribute('aria-disabled', 'true');
    await user.click(screen.getByRole('button', { name: 'Complete failover' }));
    await vi.waitFor(() => expect(posted).toEqual(['job-hv/resume']));
  });

  it('shows the tasks grid', async () => {
    serveJobs([failedReprotect]);
    renderJob('job-failed');
    const grid = await screen.findByRole('grid', { name: 'Tasks' });
    expect(within(grid).getByRole('row', { name: /Prerequisites check for reprotect/ })).toBeInTheDocument();
  });

  it('an unknown job shows Not found with a link to the jobs', async () => {
    serveJobs([]);
    renderJob('nope');
    expect(await screen.findByRole('heading', { level: 1, name: 'Not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to Site Recovery jobs' })).toHaveAttribute(
      'href',
      '/vaults/contoso-vault/jobs',
    );
  });
});

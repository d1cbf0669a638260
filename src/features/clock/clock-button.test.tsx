import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { server } from '../../testing/server';
import { renderWithProviders } from '../../testing/render';
import { withFocusableLayout } from '../../testing/focusable-layout';
import { holdRequests } from '../../testing/hold-request';
import type { ClockState } from '../../api/wire-types';
import { ClockButton, SimulatedTime } from './clock-button';

/** A stand-in clock backend: advance adds minutes, speed is stored (docs/api.md §2.2). */
function fakeClock() {
  const state: ClockState = { now: '2026-11-23T09:15:00.000Z', speed: 0, runningJobs: 2 };
  const calls: unknown[] = [];
  server.use(
    http.get('/simulator/clock', () => HttpResponse.json(state)),
    http.put('/simulator/clock', async ({ request }) => {
      const body = (await request.json()) as { speed: ClockState['speed'] };
      calls.push(body);
      state.speed = body.speed;
      return HttpResponse.json(state);
    }),
    http.post('/simulator/clock/advance', async ({ request }) => {
      const body = (await request.json()) as { minutes?: number; untilJobsFinish?: boolean };
      calls.push(body);
      const minutes = body.untilJobsFinish ? 42 : (body.minutes ?? 0);
      state.now = new Date(new Date(state.now).getTime() + minutes * 60_000).toISOString();
      if (body.untilJobsFinish) state.runningJobs = 0;
      return HttpResponse.json(state);
    }),
  );
  return { state, calls };
}

const renderHeader = () =>
  renderWithProviders(
    <>
      <SimulatedTime />
      <ClockButton />
    </>,
  );

withFocusableLayout();

describe('Simulation clock (docs/ui-names.md §7)', () => {
  it('shows the simulated time in the header', async () => {
    fakeClock();
    renderHeader();
    expect(await screen.findByText('Simulated time: 23 Nov 2026 09:15')).toBeInTheDocument();
  });

  it('advances the simulated time from the dialog and refreshes the header at once', async () => {
    const { calls } = fakeClock();
    const user = userEvent.setup();
    renderHeader();
    await screen.findByText('Simulated time: 23 Nov 2026 09:15');

    await user.click(screen.getByRole('button', { name: 'Simulation clock' }));
    const dialog = await screen.findByRole('dialog', { name: 'Simulation clock' });
    expect(await within(dialog).findByText('2')).toBeInTheDocument(); // running jobs

    await user.click(within(dialog).getByRole('button', { name: 'Advance 15 minutes' }));
    expect(await screen.findByText('Simulated time: 23 Nov 2026 09:30')).toBeInTheDocument();
    expect(within(dialog).getByText('23 Nov 2026 09:30')).toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Advance 1 hour' }));
    expect(await screen.findByText('Simulated time: 23 Nov 2026 10:30')).toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Run until jobs finish' }));
    expect(await screen.findByText('Simulated time: 23 Nov 2026 11:12')).toBeInTheDocument();
    expect(await within(dialog).findByText('0')).toBeInTheDocument();
    expect(calls).toEqual([{ minutes: 15 }, { minutes: 60 }, { untilJobsFinish: true }]);
  });

  it('changes the speed with the Speed combobox', async () => {
    const { calls } = fakeClock();
    const user = userEvent.setup();
    renderHeader();
    await user.click(screen.getByRole('button', { name: 'Simulation clock' }));
    const dialog = await screen.findByRole('dialog', { name: 'Simulation clock' });
    const speed = within(dialog).getByRole('combobox', { name: 'Speed' });
    await within(dialog).findByText('2');
    await user.click(speed);
    await user.click(await screen.findByRole('option', { name: '60×' }));
    expect(calls).toEqual([{ speed: 60 }]);
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
  it('docs/ui-names.md §10: the pressed button keeps focus while time moves, ignores a repeat, and Esc closes', async () => {
    const { calls } = fakeClock();
    const answer = holdRequests('post', '/simulator/clock/advance'); // then on to the fake clock
    const user = userEvent.setup();
    renderHeader();
    await user.click(screen.getByRole('button', { name: 'Simulation clock' }));
    const dialog = await screen.findByRole('dialog', { name: 'Simulation clock' });
    const advance = within(dialog).getByRole('button', { name: 'Advance 15 minutes' });
    await user.click(advance);
    // Running: focusable but aria-disabled, never `disabled` (focus would fall to <body>).
    expect(advance).toHaveFocus();
    expect(advance).toHaveAttribute('aria-disabled', 'true');
    expect(advance).not.toHaveAttribute('disabled');
    await user.keyboard('{Enter}');
    answer();
    expect(await screen.findByText('Simulated time: 23 Nov 2026 09:30')).toBeInTheDocument();
    expect(calls).toEqual([{ minutes: 15 }]); // the repeat was ignored
    expect(advance).not.toHaveAttribute('aria-disabled', 'true');
    expect(advance).toHaveFocus();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });
});

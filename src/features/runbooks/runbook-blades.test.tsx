import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { QueryClientProvider, useMutation } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { server } from '../../testing/server';
import { ArmError, arm } from '../../api/arm-client';
import { createQueryClient } from '../../api/query-client';
import { keys } from '../../api/query-keys';
import { withFocusableLayout } from '../../testing/focusable-layout';
import { renderWithProviders } from '../../testing/render';
import { fixtureProgress, runbookHandlers } from '../../testing/runbook-fixtures';
import { RunbooksBlade } from './runbooks-blade';
import { RunbookBlade } from './runbook-blade';
import { RunbookReportBlade } from './runbook-report-blade';

withFocusableLayout();

describe('Runbooks blade (docs/runbooks.md §3)', () => {
  it('lists runbooks with title link, steps, estimated time and rules; Export per row', async () => {
    server.use(...runbookHandlers(null).handlers);
    renderWithProviders(<RunbooksBlade />, { route: '/runbooks', path: '/runbooks' });
    expect(screen.getByRole('heading', { level: 1, name: 'Runbooks' })).toBeInTheDocument();
    expect(screen.getByText('Training')).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Runbooks' });
    const row = within(table).getAllByRole('row')[1];
    expect(within(row).getByRole('link', { name: 'Fail back web-01' })).toHaveAttribute(
      'href',
      '/runbooks/drill-web-01',
    );
    expect(row).toHaveTextContent('3');
    expect(row).toHaveTextContent('20 min');
    expect(row).toHaveTextContent('LIFE-3, LIFE-4, FO-1');
    expect(within(row).getByRole('button', { name: 'Export Fail back web-01' })).toBeInTheDocument();
  });

  it('an invalid file shows an alert listing each problem, and nothing is imported', async () => {
    const user = userEvent.setup();
    const posted: unknown[] = [];
    server.use(
      ...runbookHandlers(null).handlers,
      http.post(/\/simulator\/runbooks$/, async ({ request }) => {
        posted.push(await request.json());
        return HttpResponse.json(
          {
            error: {
              code: 'InvalidRunbook',
              message: 'id: must be kebab-case\nsteps[0].done.kind: unknown condition kind',
            },
          },
          { status: 400 },
        );
      }),
    );
    renderWithProviders(<RunbooksBlade />, { route: '/runbooks', path: '/runbooks' });
    await screen.findByRole('table', { name: 'Runbooks' });
    const file = new File([JSON.stringify({ id: 'Bad Id' })], 'bad.json', { type: 'application/json' });
    await user.upload(screen.getByLabelText('Runbook file'), file);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The runbook was not imported. Nothing changed.');
    expect(
      within(alert)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['id: must be kebab-case', 'steps[0].done.kind: unknown condition kind']);
    expect(posted).toHaveLength(1);
  });
});

describe('Runbook blade and report (docs/runbooks.md §3)', () => {
  it('Start runbook asks "Start runbook?"; Cancel changes nothing; Start starts it', async () => {
    const user = userEvent.setup();
    const backend = runbookHandlers(null);
    server.use(...backend.handlers);
    const { router } = renderWithProviders(<RunbookBlade />, {
      route: '/runbooks/drill-web-01',
      path: '/runbooks/:id',
      routes: [{ path: '/', element: <p>home</p> }],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Fail back web-01' })).toBeInTheDocument();
    expect(screen.getByText('Runbook')).toBeInTheDocument();
    const start = screen.getByRole('button', { name: 'Start runbook' });
    await user.click(start);
    let dialog = await screen.findByRole('alertdialog', { name: 'Start runbook?' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(backend.calls).toEqual([]);
    await user.click(start);
    dialog = await screen.findByRole('alertdialog', { name: 'Start runbook?' });
    await user.click(within(dialog).getByRole('button', { name: 'Start' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    expect(backend.calls).toEqual(['start']);
  });

  it('the report shows each step and the figures Mistakes, Hints used, Total time', async () => {
    server.use(...runbookHandlers(fixtureProgress(null)).handlers);
    renderWithProviders(<RunbookReportBlade />, {
      route: '/runbooks/drill-web-01/report',
      path: '/runbooks/:id/report',
    });
    expect(screen.getByRole('heading', { level: 1, name: 'Runbook report' })).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Steps' });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual(['Step', 'Result', 'Simulated time', 'Time taken', 'Hints']);
    const first = within(table).getAllByRole('row')[1];
    expect(first).toHaveTextContent('Re-protect to on-premises');
    expect(first).toHaveTextContent('Done');
    expect(first).toHaveTextContent('1 min 00 s');
    const figures = screen.getAllByRole('definition')[0].parentElement!;
    expect(figures).toHaveTextContent('Mistakes1');
    expect(figures).toHaveTextContent('Hints used2');
    expect(figures).toHaveTextContent('Total time3 min 12 s (47 min simulated)');
    expect(screen.getByRole('button', { name: 'Download report' })).toBeInTheDocument();
  });
});

describe('Mistakes from refused portal operations (docs/runbooks.md §3)', () => {
  function Harness({ operation }: { operation: boolean }) {
    const mutation = useMutation({
      meta: { operation },
      mutationFn: () => arm.post('/simulator/test-refused-operation', {}),
    });
    return (
      <button type="button" onClick={() => mutation.mutate()}>
        run
      </button>
    );
  }

  it.each([
    [true, 1],
    [false, 0],
  ])(
    'a 4xx refusal of an operation mutation (%s) posts %i mistake while a runbook runs',
    async (operation, count) => {
      const user = userEvent.setup();
      const backend = runbookHandlers(fixtureProgress(0));
      server.use(
        ...backend.handlers,
        http.post(/\/simulator\/test-refused-operation$/, () =>
          HttpResponse.json({ error: { code: 'OperationNotAllowed', message: 'No.' } }, { status: 409 }),
        ),
      );
      const client = createQueryClient();
      client.setQueryData(keys.runbook, fixtureProgress(0));
      render(
        <QueryClientProvider client={client}>
          <Harness operation={operation} />
        </QueryClientProvider>,
      );
      await user.click(screen.getByRole('button', { name: 'run' }));
      await waitFor(() => expect(client.getMutationCache().getAll()[0]?.state.status).toBe('error'));
      expect(client.getMutationCache().getAll()[0]?.state.error).toBeInstanceOf(ArmError);
      await waitFor(() =>
        expect(backend.calls.filter((call) => call.startsWith('mistake'))).toHaveLength(count),
      );
      if (count) expect(backend.calls[0]).toBe('mistake {"code":"OperationNotAllowed","message":"No."}');
    },
  );
});

import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { server } from '../../testing/server';
import { withFocusableLayout } from '../../testing/focusable-layout';
import { renderWithProviders } from '../../testing/render';
import { fixtureProgress, runbookHandlers } from '../../testing/runbook-fixtures';
import { RunbookPanel } from './runbook-panel';

withFocusableLayout();

function renderPanel(progress: Parameters<typeof runbookHandlers>[0]) {
  const backend = runbookHandlers(progress);
  server.use(...backend.handlers);
  const view = renderWithProviders(<RunbookPanel />);
  return { ...view, backend };
}

describe('Runbook panel (docs/runbooks.md §3)', () => {
  it('is a complementary landmark with Step N of M, the steps and their states in text', async () => {
    renderPanel(fixtureProgress(1));
    const panel = await screen.findByRole('complementary', { name: 'Runbook' });
    expect(within(panel).getByRole('heading', { name: 'Fail back web-01' })).toBeInTheDocument();
    expect(within(panel).getByText('Step 2 of 3')).toBeInTheDocument();
    const items = within(within(panel).getByRole('list', { name: 'Steps' })).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'Re-protect to on-premises Done',
      'Fail back Current',
      'Commit Not started',
    ]);
    // The instruction's portal names in bold, as elements (never raw HTML); the rule chips.
    expect(within(panel).getByText('Unplanned failover').tagName).toBe('STRONG');
    const rules = within(panel).getByRole('list', { name: 'Rules' });
    expect(
      within(rules)
        .getAllByRole('listitem')
        .map((chip) => chip.textContent),
    ).toEqual(['LIFE-4', 'FO-1']);
    expect(within(panel).getByText('Mistakes: 0')).toBeInTheDocument();
    expect(within(panel).getByText('Hints used: 0')).toBeInTheDocument();
  });

  it('shows nothing while no runbook runs', async () => {
    const { backend } = renderPanel(null);
    await waitFor(() => expect(backend.calls).toEqual([]));
    expect(screen.queryByRole('complementary')).not.toBeInTheDocument();
  });

  it('reveals hints one at a time and is disabled-focusable when none is left', async () => {
    const user = userEvent.setup();
    renderPanel(fixtureProgress(0));
    const panel = await screen.findByRole('complementary', { name: 'Runbook' });
    const button = within(panel).getByRole('button', { name: 'Show hint' });
    await user.click(button);
    expect(await within(panel).findByText('Hints used: 1')).toBeInTheDocument();
    expect(within(panel).getByText('cs-01').tagName).toBe('STRONG');
    await user.click(button);
    expect(await within(panel).findByText('Hints used: 2')).toBeInTheDocument();
    await waitFor(() => expect(button).toHaveAttribute('aria-disabled', 'true'));
    button.focus();
    expect(button).toHaveFocus();
  });

  it('collapses and expands, keeping the landmark', async () => {
    const user = userEvent.setup();
    renderPanel(fixtureProgress(0));
    const panel = await screen.findByRole('complementary', { name: 'Runbook' });
    await user.click(within(panel).getByRole('button', { name: 'Collapse runbook' }));
    expect(within(panel).queryByRole('list', { name: 'Steps' })).not.toBeInTheDocument();
    await user.click(within(panel).getByRole('button', { name: 'Expand runbook' }));
    expect(within(panel).getByRole('list', { name: 'Steps' })).toBeInTheDocument();
  });

  it('Stop runbook asks first; Cancel keeps it; Stop ends it', async () => {
    const user = userEvent.setup();
    const { backend } = renderPanel(fixtureProgress(0));
    const panel = await screen.findByRole('complementary', { name: 'Runbook' });
    const stop = within(panel).getByRole('button', { name: 'Stop runbook' });
    await user.click(stop);
    let dialog = await screen.findByRole('alertdialog', { name: 'Stop runbook?' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(backend.calls).toEqual([]);
    await user.click(stop);
    dialog = await screen.findByRole('alertdialog', { name: 'Stop runbook?' });
    await user.click(within(dialog).getByRole('button', { name: 'Stop' }));
    await waitFor(() => expect(screen.queryByRole('complementary')).not.toBeInTheDocument());
    expect(backend.calls).toEqual(['stop']);
  });

  it('announces a step change politely without moving focus, and says Runbook complete at the end', async () => {
    const { backend, queryClient } = renderPanel(fixtureProgress(0));
    const panel = await screen.findByRole('complementary', { name: 'Runbook' });
    const live = document.querySelector('[aria-live="polite"]');
    expect(live).toHaveTextContent('');
    const before = document.activeElement;
    backend.set(fixtureProgress(2));
    await queryClient.invalidateQueries();
    await waitFor(() => expect(live).toHaveTextContent('Step 3 of 3: Commit'));
    expect(document.activeElement).toBe(before);
    backend.set(fixtureProgress(null));
    await queryClient.invalidateQueries();
    await waitFor(() => expect(live).toHaveTextContent('Runbook complete'));
    expect(within(panel).getByRole('link', { name: 'View report' })).toHaveAttribute(
      'href',
      '/runbooks/drill-web-01/report',
    );
  });
});

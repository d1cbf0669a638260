import { beforeEach, describe, expect, it, vi } from 'vitest';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { server } from '../../testing/server';
import { renderWithProviders } from '../../testing/render';
import { withFocusableLayout } from '../../testing/focusable-layout';
import { keys } from '../../api/query-keys';
import type { NotificationEntry } from '../../api/wire-types';
import { NotificationsButton, NotificationToasts } from './notifications-button';
import { NotificationsList } from './notifications-list';
import { useNotifications } from './notifications-api';

const entry = (
  id: string,
  status: NotificationEntry['status'],
  title: string,
  time: string,
): NotificationEntry => ({
  id,
  jobId: `job-${id}`,
  title,
  status,
  time,
  read: false,
});

function serveNotifications(initial: NotificationEntry[]) {
  const state = { list: initial, calls: [] as string[] };
  server.use(
    http.get('/simulator/notifications', () => HttpResponse.json({ value: state.list })),
    http.patch('/simulator/notifications', async ({ request }) => {
      state.calls.push(`PATCH ${JSON.stringify(await request.json())}`);
      state.list = state.list.map((n) => ({ ...n, read: true }));
      return HttpResponse.json({ value: state.list });
    }),
    http.delete('/simulator/notifications', () => {
      state.calls.push('DELETE');
      state.list = [];
      return new HttpResponse(null, { status: 204 });
    }),
  );
  return state;
}

withFocusableLayout();

beforeEach(() => sessionStorage.clear());

describe('Notifications (docs/ui-names.md §6)', () => {
  it('raises a toast for a new notification and updates it in place, with Go to job', async () => {
    const state = serveNotifications([
      entry('old', 'Succeeded', "Commit 'db-01'", '2026-11-23T08:00:00.000Z'),
    ]);
    const { queryClient } = renderWithProviders(<NotificationToasts />);
    const poll = () => act(() => queryClient.invalidateQueries({ queryKey: keys.notifications }));
    await vi.waitFor(() => expect(sessionStorage.getItem('srs.notifications.seen')).toContain('old'));
    // The history before this session is the baseline: no toast for it.
    expect(screen.queryByText("Commit 'db-01'")).not.toBeInTheDocument();

    state.list = [...state.list, entry('n1', 'InProgress', "Reprotect 'web-01'", '2026-11-23T09:00:00.000Z')];
    await poll();
    const title = await screen.findByText("Reprotect 'web-01'");
    expect(screen.getByText('In progress')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to job' })).toHaveAttribute(
      'href',
      '/vaults/contoso-vault/jobs/job-n1',
    );

    state.list = state.list.map((n) => (n.id === 'n1' ? { ...n, status: 'Succeeded' } : n));
    await poll();
    expect(await screen.findByText('Succeeded')).toBeInTheDocument();
    expect(screen.getAllByText("Reprotect 'web-01'")).toEqual([title]);
  });

  it('does not raise toasts already seen before a reload', async () => {
    const list = [entry('n1', 'Failed', "Reprotect 'web-01'", '2026-11-23T09:00:00.000Z')];
    sessionStorage.setItem('srs.notifications.seen', JSON.stringify({ n1: 'Failed' }));
    serveNotifications(list);
    renderWithProviders(<NotificationToasts />);
    await vi.waitFor(() => expect(sessionStorage.getItem('srs.notifications.seen')).toContain('n1'));
    expect(screen.queryByText("Reprotect 'web-01'")).not.toBeInTheDocument();
  });

  it('the header button names the unread count and opens the Notifications dialog', async () => {
    serveNotifications([entry('a', 'Succeeded', "Commit 'db-01'", '2026-11-23T08:00:00.000Z')]);
    const user = userEvent.setup();
    renderWithProviders(<NotificationsButton />);
    await user.click(await screen.findByRole('button', { name: 'Notifications, 1 unread' }));
    const dialog = await screen.findByRole('dialog', { name: 'Notifications' });
    expect(within(dialog).getByText("Commit 'db-01'")).toBeInTheDocument();
  });

  it('lists the history newest first; Mark all as read and Dismiss all', async () => {
    const state = serveNotifications([
      entry('a', 'Succeeded', "Commit 'db-01'", '2026-11-23T08:00:00.000Z'),
      entry('b', 'Failed', "Reprotect 'web-01'", '2026-11-23T09:00:00.000Z'),
    ]);
    const user = userEvent.setup();
    renderWithProviders(<HistoryHarness />);
    const list = await screen.findByRole('list', { name: 'Notification history' });
    const items = within(list).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent("Reprotect 'web-01'");
    expect(items[0]).toHaveTextContent('Failed');
    expect(within(items[1]).getByRole('link', { name: 'Go to job' })).toHaveAttribute(
      'href',
      '/vaults/contoso-vault/jobs/job-a',
    );

    await user.click(screen.getByRole('button', { name: 'Mark all as read' }));
    // Done, it has nothing left to do, yet keeps focus (docs/ui-names.md §10: aria-disabled, not disabled).
    const markAll = screen.getByRole('button', { name: 'Mark all as read' });
    await vi.waitFor(() => expect(markAll).toHaveAttribute('aria-disabled', 'true'));
    expect(markAll).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Dismiss all' }));
    expect(await screen.findByText('No notifications.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Dismiss all' })).toHaveFocus();
    expect(state.calls).toEqual(['PATCH {"read":true}', 'DELETE']);
  });
});

function HistoryHarness() {
  const { data, isLoading } = useNotifications();
  return <NotificationsList data={data} isLoading={isLoading} onNavigate={() => {}} />;
}

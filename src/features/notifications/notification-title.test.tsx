import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { server } from '../../testing/server';
import { keys } from '../../api/query-keys';
import type { NotificationEntry } from '../../api/wire-types';
import { i18n, setLanguage, type Language } from '../../i18n';
import { renderWithProviders } from '../../testing/render';
import { NotificationToasts } from './notifications-button';
import { NotificationsList } from './notifications-list';

const entry = (id: string, status: NotificationEntry['status'], over: Partial<NotificationEntry>) => ({
  id,
  jobId: `job-${id}`,
  title: "Reprotect 'web-01'",
  scenarioName: 'Reprotect',
  targetName: 'web-01',
  status,
  time: '2026-11-23T09:00:00.000Z',
  read: false,
  ...over,
});

function serve(list: NotificationEntry[]) {
  const state = { list };
  server.use(http.get('/simulator/notifications', () => HttpResponse.json({ value: state.list })));
  return state;
}

beforeEach(() => sessionStorage.clear());
// Test files share modules: leave the portal in English for the next file.
afterEach(async () => {
  await i18n.changeLanguage('en');
});

describe('notification titles in the user language (docs/ui-names.md §6)', () => {
  it.each<[Language, string, string]>([
    ['pt-BR', "Nova proteção 'web-01'", 'Em andamento'],
    ['nl-NL', "Opnieuw beveiligen 'web-01'", 'Wordt uitgevoerd'],
    ['en', "Reprotect 'web-01'", 'In progress'],
  ])('%s: a toast names the job as the Jobs grid does', async (language, title, status) => {
    await setLanguage(language);
    const state = serve([]);
    const { queryClient } = renderWithProviders(<NotificationToasts />);
    await vi.waitFor(() => expect(sessionStorage.getItem('srs.notifications.seen')).toBe('{}'));
    state.list = [entry('n1', 'InProgress', {})];
    await act(() => queryClient.invalidateQueries({ queryKey: keys.notifications }));
    expect(await screen.findByText(title)).toBeInTheDocument();
    expect(screen.getByText(status)).toBeInTheDocument();
    expect(screen.queryByText("Reprotect 'web-01'")).toBe(language === 'en' ? screen.getByText(title) : null);
  });

  it('nl-NL: the history translates plan jobs and jobs without a target; an unknown job keeps the English title', async () => {
    await setLanguage('nl-NL');
    renderWithProviders(
      <NotificationsList
        isLoading={false}
        onNavigate={() => {}}
        data={[
          entry('a', 'Succeeded', {
            title: "Planned failover 'plan-hyper-v'",
            scenarioName: 'PlannedFailover',
            targetName: 'plan-hyper-v',
          }),
          entry('b', 'Succeeded', {
            title: 'Add process server',
            scenarioName: 'AddProcessServer',
            targetName: null,
            time: '2026-11-23T08:00:00.000Z',
          }),
          entry('c', 'Failed', {
            title: "Remove process server 'ps-9'",
            scenarioName: 'RemoveProcessServer',
            time: '2026-11-23T07:00:00.000Z',
          }),
          entry('d', 'Failed', {
            title: "Commit 'db-01'",
            scenarioName: undefined,
            targetName: undefined,
            time: '2026-11-23T06:00:00.000Z',
          }),
        ]}
      />,
    );
    const list = await screen.findByRole('list', { name: 'Meldingsgeschiedenis' });
    expect(list).toHaveTextContent("Geplande failover 'plan-hyper-v'");
    expect(list).toHaveTextContent('Processerver toevoegen');
    // No catalog name for the scenario, or no job: the backend's title.
    expect(list).toHaveTextContent("Remove process server 'ps-9'");
    expect(list).toHaveTextContent("Commit 'db-01'");
  });
});

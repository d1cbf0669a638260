import { describe, expect, it } from 'vitest';
import { http, HttpResponse } from 'msw';
import { server } from '../testing/server';
import { applyStartupParams } from './startup';

describe('startup URL parameters (docs/ui-names.md §1, §7, §8)', () => {
  it('loads the scenario, sets the speed (paused = 0), then removes the parameters from the URL', async () => {
    const calls: string[] = [];
    server.use(
      http.post(/\/simulator\/scenarios\/[^/]+\/load$/, ({ request }) => {
        calls.push(`load ${new URL(request.url).pathname}`);
        return HttpResponse.json({ loaded: 'default' });
      }),
      http.put(/\/simulator\/clock$/, async ({ request }) => {
        calls.push(`clock ${JSON.stringify(await request.json())}`);
        return HttpResponse.json({ now: '2026-11-21T08:00:00Z', speed: 0, runningJobs: 0 });
      }),
    );
    window.history.replaceState(
      null,
      '',
      '/vaults/contoso-vault?scenario=default&speed=paused&lang=en&keep=1#x',
    );
    await applyStartupParams();
    // The scenario first: a loaded world brings its own clock, which the speed then overrides.
    expect(calls).toEqual(['load /simulator/scenarios/default/load', 'clock {"speed":0}']);
    expect(window.location.pathname + window.location.search + window.location.hash).toBe(
      '/vaults/contoso-vault?keep=1#x',
    );
  });

  it('starts ?runbook= without asking, applies ?speed= after it, then removes both (docs/runbooks.md §3)', async () => {
    const calls: string[] = [];
    server.use(
      http.post(/\/simulator\/runbooks\/[^/]+\/start$/, ({ request }) => {
        calls.push(`start ${new URL(request.url).pathname}`);
        return HttpResponse.json({ progress: null });
      }),
      http.put(/\/simulator\/clock$/, async ({ request }) => {
        calls.push(`clock ${JSON.stringify(await request.json())}`);
        return HttpResponse.json({ now: '2026-11-21T08:00:00Z', speed: 60, runningJobs: 0 });
      }),
    );
    window.history.replaceState(null, '', '/?runbook=vmware-failback-web-01&speed=60');
    await applyStartupParams();
    expect(calls).toEqual(['start /simulator/runbooks/vmware-failback-web-01/start', 'clock {"speed":60}']);
    expect(window.location.pathname + window.location.search).toBe('/');
  });

  it('does nothing (and leaves the URL alone) without parameters', async () => {
    window.history.replaceState(null, '', '/lab');
    await applyStartupParams();
    expect(window.location.pathname + window.location.search).toBe('/lab');
  });
});

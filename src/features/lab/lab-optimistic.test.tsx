import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { server } from '../../testing/server';
import { renderWithProviders } from '../../testing/render';
import { holdRequests } from '../../testing/hold-request';
import { LabBlade } from './lab-blade';
import { mergePatch } from './lab-api';

/** docs/ui-names.md §10: a Lab switch shows the choice at once and goes back, saying why, if refused. */
describe('Lab switches (docs/ui-names.md §10)', () => {
  it('RP-4: the switch shows the choice before the API answers, and keeps it when stored', async () => {
    const answer = holdRequests('patch', '/simulator/lab'); // then on to the real handler
    const user = userEvent.setup();
    renderWithProviders(<LabBlade />, { route: '/lab', path: '/lab' });
    const vpn = await screen.findByRole('switch', { name: 'Site-to-site VPN connected' });
    expect(vpn).toBeChecked();
    await user.click(vpn);
    expect(vpn).not.toBeChecked(); // at once: the API has not answered yet
    expect(vpn).toBeEnabled();
    expect(vpn).toHaveFocus();
    answer();
    await waitFor(() =>
      expect(screen.getByRole('switch', { name: 'Site-to-site VPN connected' })).not.toBeChecked(),
    );
    expect(screen.queryByRole('alert')).toBeNull();
  }, 60_000);

  it('RP-4: a refused change goes back to the stored value and the alert says why', async () => {
    server.use(
      http.patch('/simulator/lab', () =>
        HttpResponse.json(
          { error: { code: 'InvalidLabPatch', message: 'The Lab refused this change.' } },
          { status: 400 },
        ),
      ),
    );
    const user = userEvent.setup();
    renderWithProviders(<LabBlade />, { route: '/lab', path: '/lab' });
    const vpn = await screen.findByRole('switch', { name: 'Site-to-site VPN connected' });
    await user.click(vpn);
    expect(await screen.findByRole('alert')).toHaveTextContent('The Lab refused this change.');
    await waitFor(() =>
      expect(screen.getByRole('switch', { name: 'Site-to-site VPN connected' })).toBeChecked(),
    );
  }, 60_000);
});

describe('mergePatch (RFC 7386, as {S}/lab applies it)', () => {
  it('merges objects, removes keys set to null, replaces arrays', () => {
    const doc = {
      network: { vpnConnected: true, other: 1 },
      hosts: { a: { vms: ['x', 'y'] } },
      gone: { k: 1 },
    };
    expect(
      mergePatch(doc, { network: { vpnConnected: false }, hosts: { a: { vms: ['z'] } }, gone: null }),
    ).toEqual({ network: { vpnConnected: false, other: 1 }, hosts: { a: { vms: ['z'] } } });
    expect(doc.network.vpnConnected).toBe(true); // the cached document is not mutated
  });
});

import { describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { server } from '../../testing/server';
import { renderWithProviders } from '../../testing/render';
import { LabBlade } from './lab-blade';
import type { LabDocument } from './lab-api';

/** A stand-in `{S}/lab` applying JSON Merge Patch (docs/api.md §2.2). */
function serveLab() {
  let doc: LabDocument = {
    network: { vpnConnected: true, expressRoutePrivatePeering: false },
    vcenter: { account: 'Administrator' },
    configurationServers: { 'cs-01': { connected: true } },
    processServers: { 'cs-01': { heartbeat: true }, 'ps-scaleout-02': { heartbeat: false } },
    masterTargets: { 'cs-01': { snapshots: false } },
    virtualMachines: {
      'web-01': { azureVmExists: true, azureVmRunning: true, azureAgentServiceRunning: true },
      'app-01': { azureVmExists: false, azureVmRunning: false, azureAgentServiceRunning: false },
    },
  };
  const patches: unknown[] = [];
  const merge = (a: unknown, b: unknown): unknown =>
    b && typeof b === 'object' && a && typeof a === 'object'
      ? Object.fromEntries(
          [...new Set([...Object.keys(a), ...Object.keys(b)])].map((k) => [
            k,
            k in b
              ? merge((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])
              : (a as Record<string, unknown>)[k],
          ]),
        )
      : b;
  server.use(
    http.get('/simulator/lab', () => HttpResponse.json(doc)),
    http.patch('/simulator/lab', async ({ request }) => {
      const patch = await request.json();
      patches.push(patch);
      doc = merge(doc, patch) as LabDocument;
      return HttpResponse.json(doc);
    }),
    http.get('/simulator/scenarios', () =>
      HttpResponse.json({ value: [{ id: 'default', title: 'Default: contoso-vault' }] }),
    ),
  );
  return patches;
}

describe('Lab blade (docs/ui-names.md §8)', () => {
  it('RP-4: the Site-to-site VPN switch PATCHes the lab document', async () => {
    const patches = serveLab();
    const user = userEvent.setup();
    renderWithProviders(<LabBlade />, { route: '/lab', path: '/lab' });
    expect(screen.getByRole('heading', { level: 1, name: 'Lab' })).toBeInTheDocument();
    expect(screen.getByText('Simulated environment')).toBeInTheDocument();

    const network = await screen.findByRole('region', { name: 'Network' });
    const vpn = within(network).getByRole('switch', { name: 'Site-to-site VPN connected' });
    expect(vpn).toBeChecked();
    await user.click(vpn);
    await vi.waitFor(() => expect(patches).toEqual([{ network: { vpnConnected: false } }]));
    await vi.waitFor(() => expect(vpn).not.toBeChecked());
  });

  it('shows one switch per component, by name, and VMs only when they exist in Azure', async () => {
    serveLab();
    renderWithProviders(<LabBlade />, { route: '/lab', path: '/lab' });
    const ps = await screen.findByRole('region', { name: 'Process servers' });
    expect(within(ps).getByRole('switch', { name: 'ps-scaleout-02 heartbeat' })).not.toBeChecked();
    const mts = screen.getByRole('region', { name: 'Master target servers' });
    expect(within(mts).getByRole('switch', { name: 'Snapshots on cs-01' })).not.toBeChecked();
    const vms = screen.getByRole('region', { name: 'Virtual machines' });
    expect(within(vms).getByRole('switch', { name: 'web-01 running' })).toBeChecked();
    expect(within(vms).getByRole('switch', { name: 'web-01 agent service running' })).toBeChecked();
    expect(within(vms).queryByRole('switch', { name: 'app-01 running' })).not.toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'vCenter account' })).toHaveTextContent('Administrator');
  });

  it('an invalid scenario file shows an error alert and changes nothing', async () => {
    serveLab();
    let puts = 0;
    server.use(
      http.put('/simulator/scenario', () => {
        puts += 1;
        return HttpResponse.json(
          {
            error: {
              code: 'InvalidScenario',
              message: 'schemaVersion must be 1.',
              target: '$.schemaVersion',
            },
          },
          { status: 400 },
        );
      }),
    );
    const user = userEvent.setup();
    renderWithProviders(<LabBlade />, { route: '/lab', path: '/lab' });
    const scenario = await screen.findByRole('region', { name: 'Scenario' });
    const input = within(scenario).getByLabelText('Scenario file');
    await user.upload(input, new File(['{"schemaVersion":7}'], 'bad.json', { type: 'application/json' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('schemaVersion must be 1.');
    expect(puts).toBe(1);
  });
});

import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { QueryClient } from '@tanstack/react-query';
import { beforeEach, describe, expect, it } from 'vitest';
import { arm } from '../../api/arm-client';
import { simulatorPaths } from '../../api/arm-paths';
import { jobsQuery } from '../../api/jobs';
import { withFocusableLayout } from '../../testing/focusable-layout';
import { renderPlanPane } from '../../testing/render-plan-pane';
import { PlanPlannedFailoverPane } from './plan-panes';

const VAULT = 'contoso-vault';
const PLAN = 'plan-hyper-v';
const CREATE = 'Create on-premises virtual machine if it does not exist';
const KEY = 'hv-host-01-encryption-key.pfx';

/** The pane as the plan blade's child route, over the real simulated API (src/testing/setup.ts). */
const renderPane = () =>
  renderPlanPane(<PlanPlannedFailoverPane />, {
    vault: VAULT,
    plan: PLAN,
    child: 'planned-failover',
    blade: <button type="button">Planned failover</button>,
  });

async function loadedPane() {
  await screen.findByRole('checkbox', { name: `${CREATE} for hv-app-01` });
  return screen.getByRole('dialog', { name: 'Planned failover' });
}

const planJobs = async (queryClient: QueryClient) =>
  (await queryClient.fetchQuery({ ...jobsQuery(VAULT), staleTime: 0 })).filter(
    (job) => job.properties.targetObjectName === PLAN,
  );

withFocusableLayout();

beforeEach(async () => {
  // Preset hyper-v-plan: hv-app-01 (encrypted, its on-premises VM deleted) and hv-web-01 (on hv-host-02).
  await arm.post(simulatorPaths.loadScenario('hyper-v-plan'), {});
});

describe('Plan planned failover asks the Hyper-V fields per machine (docs/rules.md §14)', () => {
  it('HV-4, HV-5 per machine in a plan: fields named "{label} for {machine}", the item pane defaults', async () => {
    const user = userEvent.setup();
    renderPane();
    const pane = await loadedPane();
    expect(within(pane).getByRole('checkbox', { name: `${CREATE} for hv-web-01` })).not.toBeChecked();
    // HV-4: only the encrypted machine asks for a key; it starts with the cloud's certificate.
    await waitFor(() =>
      expect(within(pane).getByRole('combobox', { name: 'Encryption key for hv-app-01' })).toHaveValue(KEY),
    );
    expect(within(pane).queryByRole('combobox', { name: 'Encryption key for hv-web-01' })).toBeNull();
    // HV-5: Host name appears for the machine whose Create VM is checked, and only for it.
    expect(within(pane).queryByRole('combobox', { name: /^Host name for/ })).toBeNull();
    await user.click(within(pane).getByRole('checkbox', { name: `${CREATE} for hv-app-01` }));
    expect(within(pane).getByRole('combobox', { name: 'Host name for hv-app-01' })).toHaveValue('hv-host-01');
    expect(within(pane).queryByRole('combobox', { name: 'Host name for hv-web-01' })).toBeNull();
    expect(within(pane).getAllByText(/needs the Hyper-V role and a virtual switch/)).toHaveLength(1);
  }, 30_000);

  it('HV-4: an emptied key is refused under its machine and focused; nothing is sent', async () => {
    const user = userEvent.setup();
    const { queryClient } = renderPane();
    const pane = await loadedPane();
    const key = within(pane).getByRole('combobox', { name: 'Encryption key for hv-app-01' });
    await waitFor(() => expect(key).toHaveValue(KEY));
    await user.clear(key);
    await user.click(within(pane).getByRole('button', { name: 'OK' }));
    expect(within(pane).getByText('Select or enter the encryption key certificate.')).toBeInTheDocument();
    expect(key).toHaveFocus();
    expect(await planJobs(queryClient)).toEqual([]);
  }, 30_000);

  it('HV-5 per machine in a plan: View automation shows the host sent; OK starts the plan job; the pane closes', async () => {
    const user = userEvent.setup();
    const { queryClient, router } = renderPane();
    const pane = await loadedPane();
    await user.click(within(pane).getByRole('radio', { name: /full download/ }));
    await user.click(within(pane).getByRole('checkbox', { name: `${CREATE} for hv-app-01` }));
    await user.click(within(pane).getByRole('combobox', { name: 'Host name for hv-app-01' }));
    await user.click(await screen.findByRole('option', { name: 'hv-host-02' }));
    await user.click(within(pane).getByRole('button', { name: 'View automation' }));
    const arm = within(pane).getByRole('region', { name: 'ARM request' });
    expect(arm).toHaveTextContent(`POST /simulator/subscriptions/`);
    expect(arm).toHaveTextContent(`/replicationRecoveryPlans/${PLAN}/plannedFailover`);
    expect(arm).toHaveTextContent('"providerIdForAlternateRecovery": "hv-host-02"');
    expect(arm).toHaveTextContent(`"primaryKekCertificatePfx": "${KEY}"`);
    const ps = within(pane).getByRole('region', { name: 'PowerShell' });
    expect(ps).toHaveTextContent('-RecoveryPlan $plan');
    expect(ps).toHaveTextContent('-Optimize ForDownTime');
    expect(ps).toHaveTextContent('-CreateVmIfNotFound Yes');
    expect(ps).toHaveTextContent(`-DataEncryptionPrimaryCertFile '${KEY}'`);
    await user.click(within(pane).getByRole('button', { name: 'OK' }));
    await waitFor(() =>
      expect(router.state.location.pathname).toBe(`/vaults/${VAULT}/recovery-plans/${PLAN}`),
    );
    const jobs = await planJobs(queryClient);
    expect(jobs.map((job) => job.properties.scenarioName)).toEqual(['PlannedFailover']);
  }, 30_000);

  it('docs/ui-names.md §10: every Hyper-V field is reached with Tab; Esc closes, asking first', async () => {
    const user = userEvent.setup();
    const { router } = renderPane();
    const pane = await loadedPane();
    await user.click(within(pane).getByRole('checkbox', { name: `${CREATE} for hv-app-01` }));
    const fields = [
      within(pane).getByRole('checkbox', { name: `${CREATE} for hv-app-01` }),
      within(pane).getByRole('combobox', { name: 'Host name for hv-app-01' }),
      within(pane).getByRole('combobox', { name: 'Encryption key for hv-app-01' }),
      within(pane).getByRole('checkbox', { name: `${CREATE} for hv-web-01` }),
    ];
    const reached = new Set<Element>();
    for (let i = 0; i < 40 && reached.size < fields.length; i += 1) {
      await user.tab();
      if (document.activeElement && fields.includes(document.activeElement as HTMLElement))
        reached.add(document.activeElement);
    }
    expect(reached.size).toBe(fields.length);
    await user.keyboard('{Escape}');
    // A changed form asks first (docs/ui-names.md §5).
    const discard = await screen.findByRole('alertdialog', { name: 'Discard changes?' });
    await user.click(within(discard).getByRole('button', { name: 'Discard' }));
    await waitFor(() =>
      expect(router.state.location.pathname).toBe(`/vaults/${VAULT}/recovery-plans/${PLAN}`),
    );
  }, 30_000);
});

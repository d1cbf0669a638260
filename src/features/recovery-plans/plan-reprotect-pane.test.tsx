import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { server } from '../../testing/server';
import { armPaths } from '../../api/arm-paths';
import { fixtureHandlers, items, PLAN, posted, renderPlanPane, VAULT } from './plan-fixtures';
import { PlanReprotectPane, PlanUnplannedFailoverPane } from './plan-panes';
import { sameMasterTargetConflicts } from './plan-validation';

type User = ReturnType<typeof userEvent.setup>;

/** The loaded pane (while the plan loads, a placeholder pane with the same name shows). */
async function pane(name = 'Re-protect') {
  await screen.findByRole('combobox', { name: 'Master target server for web-02' });
  return screen.getByRole('dialog', { name });
}

async function pick(user: User, label: string, option: string) {
  await user.click(await screen.findByRole('combobox', { name: label }));
  await user.click(await screen.findByRole('option', { name: new RegExp(`^${option}( |$)`) }));
}

async function fillMachine(user: User, machine: string, masterTarget: string) {
  await pick(user, `Master target server for ${machine}`, masterTarget);
  await pick(user, `Process server for ${machine}`, 'ps-azure-01');
  await pick(user, `Datastore for ${machine}`, 'datastore-vmfs-01');
  // RV-6: the master target's default drive is filled in.
  await waitFor(() =>
    expect(screen.getByRole('combobox', { name: `Retention drive for ${machine}` })).toHaveValue(
      'R: (NTFS, 500 GB)',
    ),
  );
}

const RP3 = 'All machines in replication group rg-web must use the same master target server (RP-3)';

beforeEach(() => {
  server.use(...fixtureHandlers);
  posted.length = 0;
});

describe('sameMasterTargetConflicts (RP-3, RPL-2)', () => {
  it('flags the later machine of a group whose master target differs', () => {
    expect(
      sameMasterTargetConflicts([
        { machine: 'web-02', group: 'rg-web', masterTarget: 'cs-01' },
        { machine: 'web-03', group: 'rg-web', masterTarget: 'mt-win-02' },
        { machine: 'app-09', group: null, masterTarget: 'mt-win-02' },
        { machine: 'web-04', group: 'rg-web', masterTarget: '' },
      ]),
    ).toEqual({ 'web-03': 'rg-web' });
  });
});

describe('Plan re-protect pane (RPL-1)', () => {
  it('asks every field per machine, named "{label} for {machine}"', async () => {
    renderPlanPane(<PlanReprotectPane />, 'reprotect');
    const dialog = await pane();
    for (const machine of ['web-02', 'web-03'])
      for (const label of ['Master target server', 'Process server', 'Datastore', 'Retention drive'])
        expect(within(dialog).getByRole('combobox', { name: `${label} for ${machine}` })).toBeInTheDocument();
    expect(within(dialog).getByRole('textbox', { name: 'Direction' })).toHaveValue('Azure to on-premises');
  });

  it('RP-3: different master targets in rg-web are refused under the second machine, nothing is sent', async () => {
    const user = userEvent.setup();
    renderPlanPane(<PlanReprotectPane />, 'reprotect');
    const dialog = await pane();
    await pick(user, 'Master target server for web-02', 'cs-01');
    await pick(user, 'Master target server for web-03', 'mt-win-02');
    expect(within(dialog).getByText(RP3)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'OK' }));
    expect(within(dialog).getByText(RP3)).toBeInTheDocument();
    expect(posted).toEqual([]);
    // The same master target for both: the message goes.
    await pick(user, 'Master target server for web-03', 'cs-01');
    expect(within(dialog).queryByText(RP3)).toBeNull();
  }, 60_000);

  it('RP-3: the API refusal shows in the pane with the fields kept; then one plan re-protect is sent', async () => {
    const user = userEvent.setup();
    server.use(
      http.post(
        /\/replicationRecoveryPlans\/[^/]+\/reProtect/,
        () =>
          HttpResponse.json(
            {
              error: {
                code: 'InvalidParameter',
                message:
                  'All machines in replication group rg-web must use the same master target server (RP-3).',
                target: 'properties.items[1].providerSpecificDetails.masterTargetId',
              },
            },
            { status: 400 },
          ),
        { once: true },
      ),
    );
    renderPlanPane(<PlanReprotectPane />, 'reprotect');
    const dialog = await pane();
    await fillMachine(user, 'web-02', 'cs-01');
    await fillMachine(user, 'web-03', 'cs-01');
    await user.click(within(dialog).getByRole('button', { name: 'OK' }));
    expect(await within(dialog).findByText('The operation could not be started')).toBeInTheDocument();
    // In the pane's error bar and under web-03's master target (the API's target).
    expect(
      within(dialog).getAllByText(/same master target server \(RP-3\)\.$/).length,
    ).toBeGreaterThanOrEqual(2);
    expect(screen.getByRole('combobox', { name: 'Master target server for web-03' })).toHaveValue(
      'cs-01 (Windows, esxi-01)',
    );
    await user.click(within(dialog).getByRole('button', { name: 'OK' }));
    await waitFor(() => expect(posted).toHaveLength(1));
    expect(posted[0].path).toMatch(new RegExp(`^/simulator/.*/replicationRecoveryPlans/${PLAN}/reProtect$`));
    const body = posted[0].body as { properties: { failoverDirection: string; items: unknown[] } };
    expect(body.properties.failoverDirection).toBe('RecoveryToPrimary');
    expect(body.properties.items).toEqual([
      expect.objectContaining({
        replicationProtectedItemId: expect.stringMatching(/\/web-02$/),
        providerSpecificDetails: expect.objectContaining({
          instanceType: 'InMage',
          masterTargetId: 'cs-01',
          processServerId: 'ps-azure-01',
          datastoreName: 'datastore-vmfs-01',
          retentionDrive: 'R:',
        }),
      }),
      expect.objectContaining({
        replicationProtectedItemId: expect.stringMatching(/\/web-03$/),
        providerSpecificDetails: expect.objectContaining({ masterTargetId: 'cs-01' }),
      }),
    ]);
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Re-protect' })).toBeNull());
  }, 60_000);
});

describe('Plan re-protect pane, on-premises → Azure (LIFE-6)', () => {
  it('asks a process server per machine and sends PrimaryToRecovery', async () => {
    const user = userEvent.setup();
    const onPremises = items.map((item) => ({
      ...item,
      properties: { ...item.properties, activeLocation: 'Primary' as const },
    }));
    server.use(
      http.get(new RegExp(`${armPaths.items(VAULT)}(\\?|$)`), () => HttpResponse.json({ value: onPremises })),
    );
    renderPlanPane(<PlanReprotectPane />, 'reprotect');
    await pick(user, 'Process server for web-02', 'ps-azure-01');
    await pick(user, 'Process server for web-03', 'ps-azure-01');
    const dialog = screen.getByRole('dialog', { name: 'Re-protect' });
    expect(within(dialog).getByRole('textbox', { name: 'Direction' })).toHaveValue('On-premises to Azure');
    expect(within(dialog).queryByRole('combobox', { name: /^Master target server/ })).toBeNull();
    await user.click(within(dialog).getByRole('button', { name: 'OK' }));
    await waitFor(() => expect(posted).toHaveLength(1));
    const body = posted[0].body as { properties: { failoverDirection: string; items: unknown[] } };
    expect(body.properties.failoverDirection).toBe('PrimaryToRecovery');
    expect(body.properties.items).toEqual([
      expect.objectContaining({
        providerSpecificDetails: { instanceType: 'InMageAzureV2', processServerId: 'ps-azure-01' },
      }),
      expect.objectContaining({
        providerSpecificDetails: { instanceType: 'InMageAzureV2', processServerId: 'ps-azure-01' },
      }),
    ]);
  }, 60_000);
});

describe('Plan unplanned failover pane (FO-2, LIFE-7)', () => {
  it('offers Latest and Latest app-consistent, and refuses with the plan reason', async () => {
    const user = userEvent.setup();
    renderPlanPane(<PlanUnplannedFailoverPane />, 'unplanned-failover');
    const group = await screen.findByRole('radiogroup', { name: 'Recovery point' });
    expect(within(group).getByRole('radio', { name: 'Latest' })).toBeChecked();
    expect(within(group).getByRole('radio', { name: 'Latest app-consistent' })).toBeInTheDocument();
    const dialog = screen.getByRole('dialog', { name: 'Unplanned failover' });
    await waitFor(() => expect(dialog).toHaveTextContent("'web-03' has no recovery point (LIFE-7)."));
    await user.click(within(dialog).getByRole('button', { name: 'OK' }));
    expect(await within(dialog).findByText('The operation could not be started')).toBeInTheDocument();
    expect(posted).toEqual([]);
  });
});

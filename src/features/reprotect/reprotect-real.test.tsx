import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { arm } from '../../api/arm-client';
import { armPaths, simulatorPaths } from '../../api/arm-paths';
import { ReprotectPane } from './reprotect-pane';
import { renderPane } from '../../testing/render-pane';
import { paneQueries } from '../../testing/pane-queries';

const { pane, optionsOf, pick } = paneQueries('Direction', { timeout: 5000 });

const comboValue = (dialog: HTMLElement, label: string) =>
  within(dialog).getByRole<HTMLInputElement>('combobox', { name: label }).value;

// The real simulated backend (mocks/handlers), default scenario (docs/ui-names.md §10).
beforeEach(async () => {
  await arm.post(simulatorPaths.loadScenario('default'));
});

describe('Re-protect pane against the simulated backend, default scenario', () => {
  it('MT-1, PS-2, DS-1, DS-3, RV-6: web-01', async () => {
    const user = userEvent.setup();
    renderPane(<ReprotectPane />, { vault: 'contoso-vault', item: 'web-01', child: 'reprotect' });
    const dialog = await pane();
    expect(await optionsOf(user, 'Master target server')).toEqual(['cs-01']);
    expect(await optionsOf(user, 'Process server')).toEqual(['cs-01', 'ps-azure-01']);
    await pick(user, 'Master target server', 'cs-01');
    await within(dialog).findByRole('button', { name: 'Excluded datastores (1)' });
    expect(await optionsOf(user, 'Datastore')).toEqual(['datastore-vmfs-01', 'datastore-vsan-01']);
    await user.click(within(dialog).getByRole('button', { name: 'Excluded datastores (1)' }));
    expect(within(dialog).getByRole('listitem')).toHaveTextContent(/^datastore-nfs-01.* — /);
    expect(comboValue(dialog, 'Retention drive')).toMatch(/^R:/);
    expect(within(dialog).getByRole('button', { name: 'Excluded retention drives (5)' })).toBeInTheDocument();
  });

  it('MT-1, RV-6: db-01 gets mt-linux-01 and /mnt/retention', async () => {
    const user = userEvent.setup();
    renderPane(<ReprotectPane />, { vault: 'contoso-vault', item: 'db-01', child: 'reprotect' });
    const dialog = await pane();
    expect(await optionsOf(user, 'Master target server')).toEqual(['mt-linux-01']);
    await pick(user, 'Master target server', 'mt-linux-01');
    await within(dialog).findByRole('button', { name: /^Excluded retention drives/ });
    expect(comboValue(dialog, 'Retention drive')).toMatch(/^\/mnt\/retention/);
  });

  it('RP-1 then LIFE-3: OK without a datastore focuses it; with one the job starts and the pane closes', async () => {
    const user = userEvent.setup();
    renderPane(<ReprotectPane />, { vault: 'contoso-vault', item: 'web-01', child: 'reprotect' });
    const dialog = await pane();
    await pick(user, 'Master target server', 'cs-01');
    await pick(user, 'Process server', 'ps-azure-01');
    await within(dialog).findByRole('button', { name: /^Excluded retention drives/ });
    await user.click(within(dialog).getByRole('button', { name: 'OK' }));
    expect(within(dialog).getByRole('combobox', { name: 'Datastore' })).toHaveFocus();
    await pick(user, 'Datastore', 'datastore-vmfs-01');
    await user.click(within(dialog).getByRole('button', { name: 'OK' }));
    await screen.findByRole('heading', { name: 'item blade' }, { timeout: 5000 });
    const jobs = await arm.get<{
      value: { properties: { scenarioName: string; targetObjectName?: string } }[];
    }>(armPaths.jobs('contoso-vault'));
    expect(jobs.value.filter((job) => job.properties.scenarioName === 'Reprotect')).toHaveLength(1);
  });
});

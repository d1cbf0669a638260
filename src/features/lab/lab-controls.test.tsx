import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../../testing/render';
import { LabBlade } from './lab-blade';

/** The Lab's per-component controls over the real `{S}/lab` handler (default scenario, docs/ui-names.md §8). */
describe('Lab controls (docs/ui-names.md §8)', () => {
  it('MT-3, RP-2, RP-6: master target and ESXi controls are named per component', async () => {
    renderWithProviders(<LabBlade />, { route: '/lab', path: '/lab' });
    const mts = await screen.findByRole('region', { name: 'Master target servers' });
    for (const name of ['Disk UUID clash on cs-01', 'Storage vMotion of cs-01', 'VMware Tools on cs-01'])
      expect(within(mts).getByRole('switch', { name })).toBeInTheDocument();
    expect(within(mts).getByRole('combobox', { name: 'SCSI controller of cs-01' })).toHaveTextContent(
      'LSI Logic',
    );
    expect(within(mts).getByRole('spinbutton', { name: 'Attached disks on cs-01' })).toBeInTheDocument();
    expect(within(mts).getByRole('switch', { name: 'Lock G: on cs-01' })).toBeChecked();
    const esxi = screen.getByRole('region', { name: 'ESXi hosts and datastores' });
    expect(within(esxi).getByRole('combobox', { name: 'Licence of esxi-01' })).toHaveTextContent('Licensed');
    expect(within(esxi).getByRole('button', { name: 'Remove datastore-nfs-01' })).toBeInTheDocument();
  }, 60_000);

  it('RV-7: Add drive to {mt} adds a volume through the Lab document', async () => {
    const user = userEvent.setup();
    renderWithProviders(<LabBlade />, { route: '/lab', path: '/lab' });
    const mts = await screen.findByRole('region', { name: 'Master target servers' });
    await user.click(within(mts).getByRole('button', { name: 'Add drive to cs-01' }));
    // In jsdom, Fluent's focus trap (tabster) may leave the just-opened surface aria-hidden for a
    // while, depending on timing: query it with hidden: true. The accessible dialog is proved in
    // Chromium by e2e/infrastructure.spec.ts (RV-7).
    const dialog = await screen.findByRole('dialog', { hidden: true });
    expect(dialog).toHaveTextContent('Add a drive to cs-01');
    await user.click(
      within(dialog).getByRole('textbox', { name: 'Drive letter or mount point', hidden: true }),
    );
    await user.paste('S:');
    await user.click(within(dialog).getByRole('button', { name: 'Add', hidden: true }));
    expect(await within(mts).findByRole('switch', { name: 'Lock S: on cs-01' })).not.toBeChecked();
  }, 60_000);
});

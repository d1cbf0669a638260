import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { server } from '../../testing/server';
import type { ArmItem } from '../../api/wire-types';
import { fixtureItem, posted, VAULT, serveOneItem } from '../../testing/reprotect-fixtures';
import { renderPane } from '../../testing/render-pane';
import { paneQueries } from '../../testing/pane-queries';
import { PlannedFailoverPane } from './planned-failover-pane';

function hyperVItem(encryption: 'Enabled' | 'Disabled' = 'Disabled'): ArmItem {
  const item = fixtureItem('hv-app-01', 'Windows', true);
  item.properties.protectedItemType = 'HyperVVirtualMachine';
  item.properties.protectionState = 'PlannedFailoverStatesBegin';
  item.properties.providerSpecificDetails = {
    instanceType: 'HyperVReplicaAzure',
    osType: 'Windows',
    machineType: 'HyperVVM',
    replicationDirection: 'None',
    encryption,
  };
  return item;
}

const field = (options: string[], defaultValue: string | null = null) => ({
  options: options.map((value) => ({ value, label: value })),
  excluded: [],
  default: defaultValue,
  readOnly: false,
});

function serve(item: ArmItem, allowed = true) {
  serveOneItem(item, 'plannedFailover', {
    refusal: allowed ? null : { ruleId: 'HV-2', message: 'The primary Hyper-V host is not connected' },
    handlers: [
      http.get(/\/replicationProtectedItems\/hv-app-01\/eligibility$/, () =>
        HttpResponse.json({
          dataSync: field(['ForSynchronization', 'ForDownTime'], 'ForSynchronization'),
          hostName: field(['hv-host-01', 'hv-host-02'], 'hv-host-01'),
        }),
      ),
    ],
  });
}

beforeEach(() => {
  posted.length = 0;
});

const { pane } = paneQueries('From');

const open = () =>
  renderPane(<PlannedFailoverPane />, { vault: VAULT, item: 'hv-app-01', child: 'planned-failover' });

describe('Planned failover pane (HV-1..5)', () => {
  it('HV-1, HV-3: from Azure to on-premises, delta sync by default, posts the failback input', async () => {
    serve(hyperVItem());
    const user = userEvent.setup();
    open();
    const dialog = await pane();
    expect(screen.getByRole('dialog', { name: 'Planned failover' })).toBeInTheDocument();
    expect(within(dialog).getByRole('textbox', { name: 'From' })).toHaveValue('Azure');
    expect(within(dialog).getByRole('textbox', { name: 'To' })).toHaveValue('On-premises');
    expect(dialog).toHaveTextContent('failover from Azure to on-premises');
    const group = within(dialog).getByRole('radiogroup', { name: 'Data synchronization' });
    expect(
      within(group).getByRole('radio', {
        name: 'Synchronize data before failover (synchronize delta changes only)',
      }),
    ).toBeChecked();
    expect(within(dialog).queryByRole('combobox', { name: /Encryption key/ })).toBeNull();
    expect(within(dialog).queryByRole('combobox', { name: /Host name/ })).toBeNull();
    await user.click(within(dialog).getByRole('button', { name: 'OK' }));
    await screen.findByRole('heading', { name: 'item blade' });
    expect(posted[0].path).toMatch(/hv-app-01\/plannedFailover$/);
    expect(posted[0].body).toEqual({
      properties: {
        failoverDirection: 'RecoveryToPrimary',
        providerSpecificDetails: {
          instanceType: 'HyperVReplicaAzureFailback',
          dataSyncOption: 'ForSynchronization',
          recoveryVmCreationOption: 'NoAction',
        },
      },
    });
  });

  it('HV-3, HV-5: full download and create the VM on a chosen host', async () => {
    serve(hyperVItem());
    const user = userEvent.setup();
    open();
    const dialog = await pane();
    await user.click(
      within(dialog).getByRole('radio', { name: 'Synchronize data during failover only (full download)' }),
    );
    await user.click(
      within(dialog).getByRole('checkbox', {
        name: 'Create on-premises virtual machine if it does not exist',
      }),
    );
    const host = await within(dialog).findByRole('combobox', { name: /Host name/ });
    await user.click(host);
    await user.click(await screen.findByRole('option', { name: 'hv-host-02' }));
    await user.click(within(dialog).getByRole('button', { name: 'OK' }));
    await screen.findByRole('heading', { name: 'item blade' });
    expect(posted[0].body).toMatchObject({
      properties: {
        providerSpecificDetails: {
          dataSyncOption: 'ForDownTime',
          recoveryVmCreationOption: 'CreateVmIfNotFound',
          providerIdForAlternateRecovery: 'hv-host-02',
        },
      },
    });
  });

  it('HV-4: an encrypted cloud asks for the encryption key and refuses OK without it', async () => {
    serve(hyperVItem('Enabled'));
    const user = userEvent.setup();
    open();
    const dialog = await pane();
    const key = within(dialog).getByRole('combobox', { name: /Encryption key/ });
    await user.click(within(dialog).getByRole('button', { name: 'OK' }));
    expect(key).toHaveFocus();
    expect(dialog).toHaveTextContent('Select or enter the encryption key certificate.');
    expect(posted).toHaveLength(0);
    await user.type(key, 'contoso-kek.pfx');
    await user.click(within(dialog).getByRole('button', { name: 'OK' }));
    await screen.findByRole('heading', { name: 'item blade' });
    expect(posted[0].body).toMatchObject({
      properties: { providerSpecificDetails: { primaryKekCertificatePfx: 'contoso-kek.pfx' } },
    });
  });

  it('HV-2: refuses to start while the primary Hyper-V host is disconnected', async () => {
    serve(hyperVItem(), false);
    open();
    const dialog = await pane();
    expect(await within(dialog).findByText('The primary Hyper-V host is not connected')).toBeVisible();
    expect(within(dialog).getByRole('button', { name: 'OK' })).toBeDisabled();
  });

  it('to Azure (after Reverse replicate) states the direction only and posts PrimaryToRecovery', async () => {
    const item = hyperVItem();
    item.properties.activeLocation = 'Primary';
    item.properties.protectionState = 'Protected';
    serve(item);
    const user = userEvent.setup();
    open();
    const dialog = await pane();
    expect(within(dialog).getByRole('textbox', { name: 'From' })).toHaveValue('On-premises');
    expect(within(dialog).getByRole('textbox', { name: 'To' })).toHaveValue('Azure');
    expect(within(dialog).queryByRole('radiogroup')).toBeNull();
    await user.click(within(dialog).getByRole('button', { name: 'OK' }));
    await screen.findByRole('heading', { name: 'item blade' });
    expect(posted[0].body).toEqual({
      properties: {
        failoverDirection: 'PrimaryToRecovery',
        providerSpecificDetails: { instanceType: 'HyperVReplicaAzure' },
      },
    });
  });

  it('HV-4: the certificate the backend names is preselected and sent', async () => {
    serve(hyperVItem('Enabled'));
    server.use(
      http.get(/\/replicationProtectedItems\/hv-app-01\/eligibility$/, () =>
        HttpResponse.json({
          dataSync: field(['ForSynchronization', 'ForDownTime'], 'ForSynchronization'),
          hostName: field(['hv-host-01'], 'hv-host-01'),
          encryptionKey: field(['hv-cloud-kek.pfx'], 'hv-cloud-kek.pfx'),
        }),
      ),
    );
    const user = userEvent.setup();
    open();
    const dialog = await pane();
    expect(await within(dialog).findByRole('combobox', { name: /Encryption key/ })).toHaveValue(
      'hv-cloud-kek.pfx',
    );
    await user.click(within(dialog).getByRole('button', { name: 'OK' }));
    await screen.findByRole('heading', { name: 'item blade' });
    expect(posted[0].body).toMatchObject({
      properties: { providerSpecificDetails: { primaryKekCertificatePfx: 'hv-cloud-kek.pfx' } },
    });
  });
});

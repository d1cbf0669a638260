import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { fixtureItem, posted, VAULT, serveOneItem } from '../../testing/reprotect-fixtures';
import { renderPane } from '../../testing/render-pane';
import { ReverseReplicatePane } from './reverse-replicate-pane';

function serve(allowed: boolean) {
  const item = fixtureItem('hv-app-01', 'Windows', false);
  item.properties.providerSpecificDetails.instanceType = 'HyperVReplicaAzure';
  item.properties.providerSpecificDetails.machineType = 'HyperVVM';
  item.properties.providerSpecificDetails.replicationDirection = 'None';
  serveOneItem(item, 'reProtect', {
    refusal: allowed ? null : { ruleId: 'JOB', message: 'Job Commit is in progress' },
  });
}

beforeEach(() => {
  posted.length = 0;
});

const open = () =>
  renderPane(<ReverseReplicatePane />, { vault: VAULT, item: 'hv-app-01', child: 'reverse-replicate' });

describe('Reverse replicate pane (HV-6)', () => {
  it('HV-6: shows On-premises to Azure and posts the Hyper-V reProtect input', async () => {
    serve(true);
    const user = userEvent.setup();
    open();
    const direction = await screen.findByRole('textbox', { name: 'Direction' });
    expect(direction).toHaveValue('On-premises to Azure');
    const dialog = screen.getByRole('dialog', { name: 'Reverse replicate' });
    await user.click(within(dialog).getByRole('button', { name: 'OK' }));
    await screen.findByRole('heading', { name: 'item blade' });
    expect(posted[0].path).toMatch(/hv-app-01\/reProtect$/);
    expect(posted[0].body).toEqual({
      properties: {
        failoverDirection: 'PrimaryToRecovery',
        providerSpecificDetails: { instanceType: 'HyperVReplicaAzure' },
      },
    });
  });

  it('a refused operation shows the reason and keeps OK disabled', async () => {
    serve(false);
    open();
    const dialog = await screen.findByRole('dialog', { name: 'Reverse replicate' });
    expect(await within(dialog).findByText('Job Commit is in progress')).toBeVisible();
    expect(within(dialog).getByRole('button', { name: 'OK' })).toBeDisabled();
  });
});

import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { server } from '../../testing/server';
import { fixtureHandlers, fixtureItem, posted, recoveryPoint, VAULT } from '../../testing/reprotect-fixtures';
import { renderPane } from '../../testing/render-pane';
import { paneQueries } from '../../testing/pane-queries';
import { UnplannedFailoverPane } from './unplanned-failover-pane';
import { itemListHandlers } from '../../testing/item-fixtures';

const point = (item: string, n: number, time: string, type: 'CrashConsistent' | 'ApplicationConsistent') =>
  recoveryPoint(fixtureItem(item, 'Windows', false), n, time, type);

beforeEach(() => {
  posted.length = 0;
  server.use(
    ...fixtureHandlers,
    http.get(/\/replicationProtectedItems\/([^/]+)\/recoveryPoints(\?|$)/, ({ request }) => {
      const name = new URL(request.url).pathname.split('/').at(-2) ?? '';
      return HttpResponse.json({
        value: [
          point(name, 1, '2026-11-21T08:00:00.000Z', 'ApplicationConsistent'),
          point(name, 2, '2026-11-21T08:10:00.000Z', 'CrashConsistent'),
        ],
      });
    }),
  );
});

const { pane } = paneQueries('From');

describe('Unplanned failover pane (FO-1, FO-3)', () => {
  it('LIFE-1: to Azure, Latest by default, shut down checked: posts PrimaryToRecovery without a point', async () => {
    const user = userEvent.setup();
    renderPane(<UnplannedFailoverPane />, { vault: VAULT, item: 'app-01', child: 'unplanned-failover' });
    const dialog = await pane();
    expect(within(dialog).getByRole('textbox', { name: 'From' })).toHaveValue('On-premises');
    expect(within(dialog).getByRole('textbox', { name: 'To' })).toHaveValue('Azure');
    const group = within(dialog).getByRole('radiogroup', { name: 'Recovery point' });
    expect(await within(group).findByRole('radio', { name: /^Latest \(lowest RPO\)/ })).toBeChecked();
    expect(
      within(dialog).getByRole('checkbox', { name: 'Shut down machine before beginning failover' }),
    ).toBeChecked();
    await user.click(within(dialog).getByRole('button', { name: 'OK' }));
    await screen.findByRole('heading', { name: 'item blade' });
    expect(posted[0].body).toEqual({
      properties: {
        failoverDirection: 'PrimaryToRecovery',
        sourceSiteOperations: 'Required',
        providerSpecificDetails: { instanceType: 'InMageAzureV2' },
      },
    });
  });

  it('FO-1: app-consistent warns of data loss and sends the newest app-consistent point', async () => {
    const user = userEvent.setup();
    renderPane(<UnplannedFailoverPane />, { vault: VAULT, item: 'app-01', child: 'unplanned-failover' });
    const dialog = await pane();
    await user.click(await within(dialog).findByRole('radio', { name: /^Latest app-consistent/ }));
    expect(dialog).toHaveTextContent('changes made after it are lost');
    await user.click(within(dialog).getByRole('button', { name: 'OK' }));
    await screen.findByRole('heading', { name: 'item blade' });
    expect(posted[0].body).toMatchObject({
      properties: { providerSpecificDetails: { recoveryPointId: expect.stringMatching(/rp-1$/) } },
    });
  });

  it('Custom without a point is refused and focuses Custom recovery point', async () => {
    const user = userEvent.setup();
    renderPane(<UnplannedFailoverPane />, { vault: VAULT, item: 'app-01', child: 'unplanned-failover' });
    const dialog = await pane();
    await user.click(await within(dialog).findByRole('radio', { name: /^Custom/ }));
    await user.click(within(dialog).getByRole('button', { name: 'OK' }));
    expect(within(dialog).getByRole('combobox', { name: 'Custom recovery point' })).toHaveFocus();
    expect(posted).toHaveLength(0);
  });

  it('LIFE-4, FO-3: from Azure back on-premises posts the InMage input, no shut-down checkbox', async () => {
    const back = fixtureItem('web-01', 'Windows', true);
    back.properties.providerSpecificDetails.instanceType = 'InMage';
    back.properties.providerSpecificDetails.replicationDirection = 'AzureToOnPremises';
    server.use(...itemListHandlers([back], null));
    const user = userEvent.setup();
    renderPane(<UnplannedFailoverPane />, { vault: VAULT, item: 'web-01', child: 'unplanned-failover' });
    const dialog = await pane();
    expect(within(dialog).getByRole('textbox', { name: 'From' })).toHaveValue('Azure');
    expect(within(dialog).getByRole('textbox', { name: 'To' })).toHaveValue('On-premises');
    expect(within(dialog).queryByRole('checkbox')).toBeNull();
    expect(dialog).toHaveTextContent('shuts the Azure virtual machine down');
    await within(dialog).findByRole('radio', { name: /^Latest \(lowest RPO\)/ });
    await user.click(within(dialog).getByRole('button', { name: 'OK' }));
    await screen.findByRole('heading', { name: 'item blade' });
    expect(posted[0].body).toEqual({
      properties: {
        failoverDirection: 'RecoveryToPrimary',
        providerSpecificDetails: { instanceType: 'InMage', recoveryPointType: 'LatestTime' },
      },
    });
  });
});

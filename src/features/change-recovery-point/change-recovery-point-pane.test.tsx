import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { server } from '../../testing/server';
import { simulatorPaths } from '../../api/arm-paths';
import { fixtureHandlers, fixtureItem, posted, VAULT } from '../../testing/reprotect-fixtures';
import { renderPane } from '../../testing/render-pane';
import { ChangeRecoveryPointPane } from './change-recovery-point-pane';
import { itemListHandlers } from '../../testing/item-fixtures';
import { holdRequests } from '../../testing/hold-request';

const item = fixtureItem('app-01', 'Windows', true);
const point = (n: number, time: string, type: 'CrashConsistent' | 'ApplicationConsistent') => ({
  id: `${item.id}/recoveryPoints/rp-${n}`,
  name: `rp-${n}`,
  type: 'Microsoft.RecoveryServices/vaults/replicationFabrics/replicationProtectionContainers/replicationProtectedItems/recoveryPoints',
  properties: { recoveryPointTime: time, recoveryPointType: type },
});

beforeEach(() => {
  posted.length = 0;
  // server.use prepends: the first matching handler answers, so these come before the fixtures.
  server.use(
    ...itemListHandlers([item], null),
    http.get(/\/replicationProtectedItems\/app-01\/recoveryPoints(\?|$)/, () =>
      HttpResponse.json({
        value: [
          point(1, '2026-11-21T08:00:00.000Z', 'ApplicationConsistent'),
          point(2, '2026-11-21T08:10:00.000Z', 'CrashConsistent'),
        ],
      }),
    ),
    http.get(simulatorPaths.vaultEligibility(VAULT), () =>
      HttpResponse.json({
        value: [
          {
            itemId: item.id,
            name: item.name,
            operations: { applyRecoveryPoint: { allowed: true, reasons: [] } },
          },
        ],
      }),
    ),
    ...fixtureHandlers,
  );
});

describe('Change recovery point pane (FO-1)', () => {
  it('FO-1: Latest by default; the app-consistent choice warns and posts its point', async () => {
    const user = userEvent.setup();
    renderPane(<ChangeRecoveryPointPane />, { vault: VAULT, item: 'app-01', child: 'change-recovery-point' });
    const dialog = await screen.findByRole('dialog', { name: 'Change recovery point' });
    const group = await within(dialog).findByRole('radiogroup', { name: 'Recovery point' });
    expect(
      await within(group).findByRole('radio', { name: /^Latest \(lowest RPO\) · .*2026/ }),
    ).toBeChecked();
    await user.click(within(group).getByRole('radio', { name: /^Latest app-consistent/ }));
    expect(dialog).toHaveTextContent('changes made after it are lost');
    await user.click(within(dialog).getByRole('button', { name: 'OK' }));
    await screen.findByRole('heading', { name: 'item blade' });
    expect(posted[0].path).toMatch(/app-01\/applyRecoveryPoint$/);
    expect(posted[0].body).toEqual({
      properties: {
        recoveryPointId: point(1, '', 'ApplicationConsistent').id,
        providerSpecificDetails: { instanceType: 'InMageAzureV2' },
      },
    });
  });

  it('LIFE-7: OK pressed while the recovery points still load waits for them and posts Latest', async () => {
    const user = userEvent.setup();
    const release = holdRequests('get', /\/replicationProtectedItems\/app-01\/recoveryPoints(\?|$)/);
    renderPane(<ChangeRecoveryPointPane />, { vault: VAULT, item: 'app-01', child: 'change-recovery-point' });
    const dialog = await screen.findByRole('dialog', { name: 'Change recovery point' });
    // The form is there, its points still loading.
    const group = await within(dialog).findByRole('radiogroup', { name: 'Recovery point' });
    expect(within(group).getByRole('radio', { name: /^Latest \(lowest RPO\) · Loading/ })).toBeDisabled();
    await user.click(within(dialog).getByRole('button', { name: 'OK' }));
    expect(posted).toHaveLength(0);
    release();
    await screen.findByRole('heading', { name: 'item blade' });
    expect(posted[0].body).toMatchObject({
      properties: { recoveryPointId: point(2, '', 'CrashConsistent').id },
    });
  });
});

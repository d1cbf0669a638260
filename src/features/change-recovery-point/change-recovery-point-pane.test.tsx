import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { fixtureItem, posted, recoveryPoint, VAULT, serveOneItem } from '../../testing/reprotect-fixtures';
import { renderPane } from '../../testing/render-pane';
import { ChangeRecoveryPointPane } from './change-recovery-point-pane';
import { holdRequests } from '../../testing/hold-request';

const item = fixtureItem('app-01', 'Windows', true);

beforeEach(() => {
  posted.length = 0;
  serveOneItem(item, 'applyRecoveryPoint', {
    handlers: [
      http.get(/\/replicationProtectedItems\/app-01\/recoveryPoints(\?|$)/, () =>
        HttpResponse.json({
          value: [
            recoveryPoint(item, 1, '2026-11-21T08:00:00.000Z', 'ApplicationConsistent'),
            recoveryPoint(item, 2, '2026-11-21T08:10:00.000Z', 'CrashConsistent'),
          ],
        }),
      ),
    ],
  });
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
        recoveryPointId: recoveryPoint(item, 1, '', 'ApplicationConsistent').id,
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
      properties: { recoveryPointId: recoveryPoint(item, 2, '', 'CrashConsistent').id },
    });
  });
});

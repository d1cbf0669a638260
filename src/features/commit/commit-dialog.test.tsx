import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { server } from '../../testing/server';
import { fixtureHandlers, posted, VAULT } from '../../testing/reprotect-fixtures';
import { renderPane } from '../../testing/render-pane';
import { CommitDialog } from './commit-dialog';

beforeEach(() => {
  posted.length = 0;
  server.use(...fixtureHandlers);
});

describe('Commit (LIFE-2, LIFE-5)', () => {
  it('states what commit deletes; OK posts failoverCommit with {} and closes', async () => {
    const user = userEvent.setup();
    renderPane(<CommitDialog />, { vault: VAULT, item: 'app-01', child: 'commit' });
    const dialog = await screen.findByRole('alertdialog', { name: 'Commit' });
    // app-01 is on-premises: after a failback, commit deletes the Azure VM (LIFE-5).
    expect(
      await within(dialog).findByText(/the Azure virtual machine and its disks are deleted/),
    ).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'OK' }));
    await screen.findByRole('heading', { name: 'item blade' });
    expect(posted).toEqual([{ path: expect.stringMatching(/\/app-01\/failoverCommit$/), body: {} }]);
  });

  it('LIFE-2: in Azure it deletes the other recovery points; Cancel closes without a job', async () => {
    const user = userEvent.setup();
    renderPane(<CommitDialog />, { vault: VAULT, item: 'web-01', child: 'commit' });
    const dialog = await screen.findByRole('alertdialog', { name: 'Commit' });
    expect(await within(dialog).findByText(/all other recovery points are deleted/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await screen.findByRole('heading', { name: 'item blade' });
    expect(posted).toHaveLength(0);
  });
});

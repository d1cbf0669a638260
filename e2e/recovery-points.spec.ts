import { test, expect } from './fixtures';
import { clock, commands, essentials, openItem, openJobFor, openPane } from './helpers';

test.describe('Recovery points (FO-1)', () => {
  test('FO-1: each choice shows its time; Change recovery point before commit, then Commit', async ({
    page,
    scenario,
    checkA11y,
  }) => {
    await scenario('default', { item: 'app-01' });
    await expect(essentials(page)).toContainText('Protected');

    const failover = await openPane(page, 'Unplanned failover');
    const points = failover.getByRole('radiogroup', { name: 'Recovery point' });
    for (const name of ['Latest (lowest RPO)', 'Latest processed (low RTO)', 'Latest app-consistent']) {
      // FO-1: the time of each choice is part of its name (a year shows in any locale format).
      await expect(
        points.getByRole('radio', { name: new RegExp(`^${name.replace(/[()]/g, '\\$&')} · .*\\d{4}`) }),
      ).toBeVisible();
    }
    await expect(points.getByRole('radio', { name: /Latest \(lowest RPO\)/ })).toBeChecked();
    await failover.getByRole('button', { name: 'OK' }).click();
    await expect(failover).toBeHidden();
    await clock(page, 'Run until jobs finish');
    await expect(essentials(page)).toContainText('Failover completed');

    // Before commit the recovery point can be changed.
    const change = await openPane(page, 'Change recovery point');
    const group = change.getByRole('radiogroup', { name: 'Recovery point' });
    await expect(group.getByRole('radio', { name: /^Latest \(lowest RPO\) · .*\d{4}/ })).toBeChecked();
    await checkA11y();
    await group.getByRole('radio', { name: /^Latest app-consistent/ }).check();
    await expect(change).toContainText('changes made after it are lost');
    await change.getByRole('button', { name: 'OK' }).click();
    await expect(change).toBeHidden();
    await clock(page, 'Run until jobs finish');
    await openJobFor(page, 'Change recovery point', 'app-01');
    await expect(page.getByRole('main')).toContainText('Succeeded');

    await openItem(page, 'app-01');
    await expect(essentials(page)).toContainText('Failover completed');
    const commit = await openPane(page, 'Commit', { alert: true });
    await commit.getByRole('button', { name: 'OK' }).click();
    await expect(commit).toBeHidden();
    await clock(page, 'Run until jobs finish');
    await expect(essentials(page)).toContainText('Failover committed');
    // LIFE-2: after commit the recovery point can no longer be changed.
    await expect(commands(page).getByRole('button', { name: 'Change recovery point' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
  });
});

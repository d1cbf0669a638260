import { test, expect } from './fixtures';
import {
  clock,
  commands,
  essentials,
  failoverAndCommit,
  openItem,
  openJobFor,
  pick,
  reprotectToOnPremises,
} from './helpers';

test.describe('web-01: the whole VMware failback cycle', () => {
  test('LIFE-3 → LIFE-4 → LIFE-5 → LIFE-11 → LIFE-6 → LIFE-1 → LIFE-2, through the portal', async ({
    page,
    scenario,
    checkA11y,
  }) => {
    test.slow(); // one long journey, the whole runbook and round again: 3× the suite timeout
    await scenario('default', { item: 'web-01' });
    await expect(essentials(page)).toContainText('Failover committed');
    await checkA11y();

    // LIFE-3: re-protect Azure → on-premises.
    await commands(page).getByRole('button', { name: 'Re-protect' }).click();
    const pane = page.getByRole('dialog', { name: 'Re-protect' });
    await expect(pane.getByRole('textbox', { name: 'Direction' })).toHaveValue('Azure to on-premises');
    await checkA11y();
    await pick(pane, page, 'Master target server', 'cs-01');
    // RV-6: choosing the MT preselects its default retention drive.
    await expect(pane.getByRole('combobox', { name: 'Retention drive' })).toHaveValue(/^R:/);
    await pick(pane, page, 'Process server', 'ps-azure-01');
    await pick(pane, page, 'Datastore', 'datastore-vmfs-01');
    await expect(pane.getByRole('textbox', { name: 'Failback policy' })).toHaveValue(
      /contoso-policy-failback/,
    );
    await pane.getByRole('button', { name: 'OK' }).click();
    await expect(pane).toBeHidden();
    await expect(essentials(page)).toContainText('Re-protecting');

    await clock(page, 'Run until jobs finish');
    await expect(essentials(page)).toContainText('Protected');
    await expect(essentials(page)).toContainText('Azure to on-premises');

    // LIFE-4: unplanned failover from Azure, latest recovery point.
    await commands(page).getByRole('button', { name: 'Unplanned failover' }).click();
    const failover = page.getByRole('dialog', { name: 'Unplanned failover' });
    await expect(failover.getByRole('textbox', { name: 'From' })).toHaveValue('Azure');
    await expect(failover.getByRole('textbox', { name: 'To' })).toHaveValue('On-premises');
    await expect(failover.getByRole('radio', { name: /Latest \(lowest RPO\)/ })).toBeChecked();
    await checkA11y();
    await failover.getByRole('button', { name: 'OK' }).click();
    await expect(failover).toBeHidden();
    await clock(page, 'Run until jobs finish');
    await expect(essentials(page)).toContainText('Failover completed');
    await expect(essentials(page)).toContainText('On-premises');

    // LIFE-5: commit deletes the Azure VM.
    await commands(page).getByRole('button', { name: 'Commit' }).click();
    const commit = page.getByRole('alertdialog', { name: 'Commit' });
    await expect(commit.getByRole('button', { name: 'OK' })).toBeFocused();
    await checkA11y();
    await commit.getByRole('button', { name: 'OK' }).click();
    await expect(commit).toBeHidden();
    await clock(page, 'Run until jobs finish');
    await expect(essentials(page)).toContainText('Failover committed');

    // LIFE-11: re-protecting within 15 minutes of the on-premises boot fails: agent not installed.
    await commands(page).getByRole('button', { name: 'Re-protect' }).click();
    const back = page.getByRole('dialog', { name: 'Re-protect' });
    await expect(back.getByRole('textbox', { name: 'Direction' })).toHaveValue('On-premises to Azure');
    await pick(back, page, 'Process server', 'cs-01');
    await back.getByRole('button', { name: 'OK' }).click();
    await expect(back).toBeHidden();
    await clock(page, 'Run until jobs finish');
    await openJobFor(page, 'Reprotect', 'web-01');
    const details = page.getByRole('region', { name: 'Error details' });
    await expect(details).toContainText(/agent/i);
    await checkA11y();

    // Wait the 15 simulated minutes, then Restart re-runs the job and it succeeds.
    await clock(page, 'Advance 15 minutes');
    await commands(page).getByRole('button', { name: 'Restart' }).click();
    await clock(page, 'Run until jobs finish');
    await expect(page.getByRole('main')).toContainText('Succeeded');

    await openItem(page, 'web-01');
    await expect(essentials(page)).toContainText('Protected');
    await expect(essentials(page)).toContainText('On-premises to Azure');

    // LIFE-1 and LIFE-2: and round again.
    await clock(page, 'Advance 15 minutes');
    await commands(page).getByRole('button', { name: 'Unplanned failover' }).click();
    const forward = page.getByRole('dialog', { name: 'Unplanned failover' });
    await expect(forward.getByRole('textbox', { name: 'To' })).toHaveValue('Azure');
    await forward.getByRole('button', { name: 'Cancel' }).click();
    await expect(forward).toBeHidden();
    await failoverAndCommit(page);
    await expect(essentials(page)).toContainText('Azure');
  });
});

test('LIFE-11 / reload: a reload mid-job keeps the world and the job runs on', async ({ page, scenario }) => {
  await scenario('default', { item: 'web-01' });
  await reprotectToOnPremises(page, { processServer: 'cs-01', datastore: 'datastore-vsan-01' });
  await clock(page, 'Advance 1 minute');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'web-01' })).toBeVisible();
  await expect(essentials(page)).toContainText('Re-protecting');
  await clock(page, 'Run until jobs finish');
  await expect(essentials(page)).toContainText('Protected');
  // The notification history survives the reload too.
  await page
    .getByRole('banner')
    .getByRole('button', { name: /^Notifications/ })
    .click();
  await expect(page.getByRole('dialog', { name: 'Notifications' })).toContainText('web-01');
});

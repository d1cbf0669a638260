import { test, expect } from './fixtures';
import {
  clock,
  discardPane,
  essentials,
  openJobFor,
  openPane,
  openReprotect,
  pick,
  reprotectToOnPremises,
} from './helpers';

/** docs/rules.md §14: facts shown where a user looks for them. */

test('RV-8: Re-protect asks for a new disk as retention drive; the Lab Add drive dialog says so too', async ({
  page,
  scenario,
  checkA11y,
}) => {
  await scenario('default');
  const pane = await openReprotect(page, 'web-01');
  await pick(pane, page, 'Master target server', 'cs-01');
  await expect(pane).toContainText('Use a new disk added to the master target');
  await expect(pane).toContainText(
    'keeps the points in time while the virtual machine replicates back (RV-8)',
  );
  await checkA11y();
  await discardPane(page, pane);

  await page.getByRole('banner').getByRole('link', { name: 'Lab' }).click();
  await page.getByRole('button', { name: 'Add drive to cs-01' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a drive to cs-01' });
  await expect(dialog).toContainText('A retention drive must be a new disk added to the master target');
  await checkA11y();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // §14: where the seeds disagree, the Lab shows the trainer both texts and which one wins.
  const notes = page.getByRole('region', { name: 'Where the source articles disagree' });
  await expect(notes).toContainText('merges them automatically');
  await expect(notes).toContainText('(002) said they fail the job');
  await expect(notes).toContainText('regains its static IP');
  await expect(notes).toContainText('(002) said it stays DHCP');
});

test('LIFE-12: the item essentials and the failback job tell that VMware Tools are enabled again', async ({
  page,
  scenario,
}) => {
  await scenario('default', { item: 'web-01' });
  await expect(essentials(page)).toContainText('VMware Tools');
  await expect(essentials(page)).toContainText('enabled again at failback (LIFE-12)');

  await reprotectToOnPremises(page);
  await clock(page, 'Run until jobs finish');
  await clock(page, 'Advance 15 minutes'); // a first recovery point (LIFE-7)
  const failover = await openPane(page, 'Unplanned failover');
  await failover.getByRole('button', { name: 'OK' }).click();
  await clock(page, 'Run until jobs finish');
  await openJobFor(page, 'Unplanned failover', 'web-01');
  await expect(page.getByRole('main')).toContainText(
    'Enable VMware Tools again (disabled at failover to Azure)',
  );
});

test('§14: the Hyper-V planned failover pane states the alternate host prerequisites', async ({
  page,
  scenario,
}) => {
  await scenario('default', { item: 'hv-app-01' });
  const pane = await openPane(page, 'Planned failover');
  await pane
    .getByRole('checkbox', { name: 'Create on-premises virtual machine if it does not exist' })
    .check();
  await expect(pane).toContainText(
    "The alternate host needs the Hyper-V role and a virtual switch with the same name as the original host's.",
  );
});

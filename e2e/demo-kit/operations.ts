/**
 * Demo kit, doing things (re-exported by e2e/demo-kit.ts): panes run from a blade's commands, the
 * Simulation clock, the Lab, and the runbook steps that solution scripts share (re-protect to
 * on-premises, fail back and commit, restart a failed job). Names are English, as in
 * docs/ui-names.md; `ui()` finds them in the portal's language.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import {
  caption,
  commands,
  escape,
  essentials,
  expectComplete,
  expectStep,
  goToVault,
  openItem,
  openJob,
  openLab,
  openPlan,
  ui,
} from './navigation';

/**
 * One runbook step as a solution script writes it: the caption (where a recorded demo starts the
 * step's chapter), the step's actions, then the panel's check: step `next` is current now, or with
 * `'complete'` the panel says Runbook complete.
 */
export async function step(
  page: Page,
  text: string,
  next: number | 'complete',
  actions: () => Promise<unknown>,
) {
  await caption(page, text);
  await actions();
  if (next === 'complete') await expectComplete(page);
  else await expectStep(page, next);
}

/** Names of the Simulation clock dialog's buttons (docs/ui-names.md §7). */
export type ClockButton =
  'Advance 1 minute' | 'Advance 15 minutes' | 'Advance 1 hour' | 'Run until jobs finish';

/**
 * Runs a pane from a blade command: presses the command in the toolbar "Commands", lets `fill`
 * set the fields, presses OK and waits for the pane to close (the job has started). Panes are
 * dialogs named by their title; Commit and the like are alert dialogs (`alert: true`).
 */
export async function runPane(
  page: Page,
  command: string,
  fill: (pane: Locator) => Promise<void> = async () => {},
  options: { title?: string; alert?: boolean; ok?: string } = {},
) {
  await commands(page)
    .getByRole('button', { name: ui(command), exact: true })
    .click();
  const pane = page.getByRole(options.alert ? 'alertdialog' : 'dialog', {
    name: ui(options.title ?? command),
  });
  await expect(pane).toBeVisible();
  await fill(pane);
  await pane.getByRole('button', { name: ui(options.ok ?? 'OK'), exact: true }).click();
  await expect(pane).toBeHidden();
}

/** Picks a combobox option by the start of its accessible name (docs/ui-names.md §1 option names). */
export async function pick(page: Page, scope: Locator, field: string, option: string) {
  await pickOption(scope.getByRole('combobox', { name: ui(field) }), page, ui(option));
}

/**
 * Opens a combobox and clicks the option whose name starts with `option`. A list that closed again
 * before its option showed (the field drew anew as its data arrived) is opened once more.
 */
export async function pickOption(box: Locator, page: Page, option: string) {
  const choice = page.getByRole('option', { name: new RegExp(`^${escape(option)}( |$)`) });
  await expect(async () => {
    if ((await box.getAttribute('aria-expanded')) !== 'true') await box.click();
    await expect(choice).toBeVisible({ timeout: 5_000 });
  }).toPass({ timeout: 60_000 });
  await choice.click();
}

/** Opens the Simulation clock dialog, presses one of its buttons, closes it. */
async function clock(page: Page, button: ClockButton) {
  await page
    .getByRole('banner')
    .getByRole('button', { name: ui('Simulation clock') })
    .click();
  const dialog = page.getByRole('dialog', { name: ui('Simulation clock') });
  await dialog.getByRole('button', { name: ui(button) }).click();
  await dialog.getByRole('button', { name: ui('Close') }).click();
  await expect(dialog).toBeHidden();
}

/** Presses one button of the Simulation clock dialog, then closes it. */
export async function moveClock(page: Page, button: ClockButton) {
  await clock(page, button);
}

/** The usual wait: the Simulation clock's Run until jobs finish. */
export async function runUntilJobsFinish(page: Page) {
  await clock(page, 'Run until jobs finish');
}

/** Sets a Lab switch (e.g. "Site-to-site VPN connected") on or off; stays on the Lab blade. */
export async function setLabSwitch(page: Page, name: string, on: boolean) {
  await openLab(page);
  const control = page.getByRole('switch', { name: ui(name) });
  if ((await control.isChecked()) !== on) await control.click();
  await expect(control).toBeChecked({ checked: on });
}

/** Chooses an option of a Lab combobox (e.g. "vCenter account" → "Administrator"). */
export async function setLabChoice(page: Page, name: string, option: string) {
  await openLab(page);
  const control = page.getByRole('combobox', { name: ui(name) });
  await control.click();
  await page.getByRole('option', { name: ui(option), exact: true }).click();
  await expect(control).toHaveText(ui(option));
}

/** Adds a drive (volume) to a master target in the Lab, as an administrator would on the VM. */
export async function addLabDrive(page: Page, masterTarget: string, drive: string, capacityGB = 300) {
  await openLab(page);
  await page.getByRole('button', { name: ui(`Add drive to ${masterTarget}`) }).click();
  const dialog = page.getByRole('dialog', { name: ui(`Add a drive to ${masterTarget}`) });
  await dialog.getByRole('textbox', { name: ui('Drive letter or mount point') }).fill(drive);
  await dialog.getByRole('spinbutton', { name: ui('Capacity (GB)') }).fill(String(capacityGB));
  await dialog.getByRole('button', { name: ui('Add') }).click();
  await expect(dialog).toBeHidden();
}

/** Presses a command of the current blade's toolbar "Commands" (Restart, Refresh server …). */
export async function command(page: Page, name: string) {
  await commands(page)
    .getByRole('button', { name: ui(name), exact: true })
    .click();
}

/** What the Re-protect pane to on-premises is filled with; the defaults are the default world's. */
export interface ReprotectChoices {
  masterTarget?: string;
  processServer?: string;
  datastore?: string;
  /** RV-6: the Retention drive the pane must preselect once the master target is chosen. */
  retentionDrive?: RegExp;
  /** A recovery plan's pane: the machines, each with its own fields ("Datastore for web-02"). */
  machines?: string[];
}

/**
 * Re-protect to on-premises from the open item (or plan) blade (docs/ui-names.md, LIFE-3): checks the
 * fixed direction Azure to on-premises, picks master target, process server and datastore (cs-01,
 * ps-azure-01 and datastore-vmfs-01 unless told), presses OK. The job has started; it does not wait.
 */
export async function reprotectToOnPremises(page: Page, choices: ReprotectChoices = {}) {
  const { masterTarget = 'cs-01', processServer = 'ps-azure-01', datastore = 'datastore-vmfs-01' } = choices;
  await runPane(page, 'Re-protect', async (pane) => {
    await expect(pane.getByRole('textbox', { name: ui('Direction') })).toHaveValue(
      ui('Azure to on-premises'),
    );
    for (const suffix of choices.machines?.map((machine) => ` for ${machine}`) ?? ['']) {
      await pick(page, pane, `Master target server${suffix}`, masterTarget);
      if (choices.retentionDrive) {
        await expect(pane.getByRole('combobox', { name: ui(`Retention drive${suffix}`) })).toHaveValue(
          choices.retentionDrive,
        );
      }
      await pick(page, pane, `Process server${suffix}`, processServer);
      await pick(page, pane, `Datastore${suffix}`, datastore);
    }
  });
}

/** A replicated item, or a recovery plan, by name. */
export type Target = { item: string } | { plan: string };

/**
 * Opens the item (or plan) through the vault menu, re-protects it to on-premises
 * (`reprotectToOnPremises`) and runs the job to its end. What the end brings (the next step, a
 * failed job) the script checks.
 */
export async function reprotectAndWait(page: Page, target: Target, choices: ReprotectChoices = {}) {
  if ('plan' in target) await openPlan(page, target.plan);
  else await openItem(page, target.item);
  await reprotectToOnPremises(page, choices);
  await runUntilJobsFinish(page);
}

/** Unplanned failover with the default recovery point from the open item or plan blade, its job run to its end. */
export async function unplannedFailover(page: Page) {
  await runPane(page, 'Unplanned failover');
  await runUntilJobsFinish(page);
}

/** Commit (an alert dialog) on the open item or plan blade, its job run to its end. */
export async function commit(page: Page) {
  await runPane(page, 'Commit', async () => {}, { alert: true });
  await runUntilJobsFinish(page);
}

/**
 * Unplanned failover, then Commit, on the open item blade (LIFE-4, LIFE-5): each job run to its end
 * and the Essentials checked (Failover completed, then Failover committed).
 */
export async function failoverAndCommit(page: Page) {
  await unplannedFailover(page);
  await expect(essentials(page)).toContainText(ui('Failover completed'));
  await commit(page);
  await expect(essentials(page)).toContainText(ui('Failover committed'));
}

/** Options of `failBackFromAzure()` beside its item or plan: the captions of its three steps, and what they check. */
export interface FailBackSteps {
  /** Step 1's caption: `Re-protect <item or plan> to on-premises` unless told. */
  reprotect?: string;
  /** The Re-protect pane's choices (the default world's unless told). */
  choices?: ReprotectChoices;
  /** Step 2's caption. */
  failBack: string;
  /** A text the item's Essentials show once the failover has finished (e.g. "VMware VM"). */
  essentialsShow?: string;
  /** Step 3's caption: `Commit the failback` unless told. */
  commit?: string;
  /** The step current after Commit; Runbook complete unless told. */
  next?: number;
}

/**
 * A failback runbook's steps 1 to 3 (LIFE-3..5), each job run to its end and each step checked on
 * the panel: re-protect the item (or plan) to on-premises (`reprotectAndWait`), Unplanned failover
 * back to on-premises with the default recovery point, then Commit.
 */
export async function failBackFromAzure(page: Page, options: Target & FailBackSteps) {
  const target: Target = 'plan' in options ? { plan: options.plan } : { item: options.item };
  const name = 'item' in target ? target.item : target.plan;
  await step(page, options.reprotect ?? `Re-protect ${name} to on-premises`, 2, () =>
    reprotectAndWait(page, target, options.choices),
  );
  await step(page, options.failBack, 3, async () => {
    await unplannedFailover(page);
    if (options.essentialsShow) await expect(essentials(page)).toContainText(ui(options.essentialsShow));
  });
  await step(page, options.commit ?? 'Commit the failback', options.next ?? 'complete', () => commit(page));
}

/** Opens the newest job of a type for an item and expects its Error details to tell `text`. */
export async function expectJobError(page: Page, jobName: string, item: string, text: string | RegExp) {
  await openJob(page, jobName, item);
  await expect(page.getByRole('region', { name: ui('Error details') })).toContainText(
    typeof text === 'string' ? ui(text) : text,
  );
}

/**
 * Restart on the open job's blade, the job run to its end; given `newest`, on the newest job of that
 * type for the item, reached from the vault's overview (from the Lab, say) through Site Recovery jobs.
 */
export async function restartJob(page: Page, newest?: { job: string; item: string }) {
  if (newest) {
    await goToVault(page);
    await openJob(page, newest.job, newest.item);
  }
  await command(page, 'Restart');
  await runUntilJobsFinish(page);
}

/**
 * Demo kit: the small set of steps every runbook solution script (e2e/solutions/<runbook-id>.ts)
 * and every recorded demo is written with. Everything goes through the real portal by role and
 * accessible name (docs/ui-names.md, docs/runbooks.md), never by CSS or test ids, so a script keeps
 * working as long as the portal keeps its public names.
 *
 * A solution script exports `async function solve(page)` and reads like the runbook:
 *
 *   import { caption, openItem, reprotectToOnPremises, runUntilJobsFinish, expectStep } from '../demo-kit';
 *   export async function solve(page: Page) {
 *     await caption(page, 'Re-protect web-01 to on-premises');
 *     await openItem(page, 'web-01');
 *     await reprotectToOnPremises(page, { masterTarget: 'cs-01' });
 *     await runUntilJobsFinish(page);
 *     await expectStep(page, 2);
 *   }
 *
 * Time moves only through the Simulation clock dialog (no sleeps): a job wait takes seconds.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { uiName, type Lang } from './ui-names';

export type { Lang };

let language: Lang = 'en';

/**
 * The portal language the script drives (en by default). Scripts are written with the English
 * names of docs/ui-names.md; every helper here looks each name up in the portal's own catalogs, so
 * the same script runs, and records, in pt-BR and nl-NL. `startRunbook(…, { lang })` sets it too.
 */
export function setDemoLanguage(lang: Lang) {
  language = lang;
}

/** An English portal name as the portal shows it now (`ui('Re-protect')` → `Proteger novamente`). */
export function ui(name: string): string {
  return uiName(name, language);
}

/** Regular expressions and `{ name }` options need escaped text. */
export function escape(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

type Narrator = (page: Page, text: string) => Promise<void>;
let narrator: Narrator | null = null;

/** A recorder hooks in here (e2e/recording): called at every `caption()`. Null removes it. */
export function setNarrator(next: Narrator | null) {
  narrator = next;
}

/** The blade's toolbar "Commands" (its name stays English in every language, as docs/ui-names.md says). */
export function commands(page: Page): Locator {
  return page.getByRole('main').getByRole('toolbar', { name: 'Commands' });
}

/** The blade's Essentials region. */
export function essentials(page: Page): Locator {
  return page.getByRole('region', { name: ui('Essentials') });
}

/** Names of the Simulation clock dialog's buttons (docs/ui-names.md §7). */
export type ClockButton =
  'Advance 1 minute' | 'Advance 15 minutes' | 'Advance 1 hour' | 'Run until jobs finish';

export interface StartOptions {
  /** `?speed=`: the clock stays paused unless given (a runbook's scenario starts paused). */
  speed?: 'paused' | '1' | '10' | '60' | '600';
  /** `?lang=`: en (default), pt-BR or nl-NL. */
  lang?: 'en' | 'pt-BR' | 'nl-NL';
  /** Where to land; the vault's overview by default. */
  path?: string;
}

function startUrl(parameter: 'runbook' | 'scenario', id: string, options: StartOptions) {
  const params = new URLSearchParams({ [parameter]: id });
  if (options.speed) params.set('speed', options.speed);
  if (options.lang) params.set('lang', options.lang);
  const path = options.path ?? '/';
  return `${path}${path.includes('?') ? '&' : '?'}${params.toString()}`;
}

/**
 * Starts a runbook from the URL (`?runbook=<id>`, no question asked): the world becomes its
 * scenario with the clock paused, and the docked Runbook panel appears at step 1.
 */
export async function startRunbook(page: Page, id: string, options: StartOptions = {}) {
  if (options.lang) setDemoLanguage(options.lang);
  else options = { ...options, lang: language };
  await page.goto(startUrl('runbook', id, options));
  await expect(page).not.toHaveURL(/[?&]runbook=/);
  await expect(runbookPanel(page)).toBeVisible();
}

/** Loads a scenario preset (`?scenario=<id>`), clock paused unless `speed` says otherwise. */
export async function startScenario(page: Page, id: string, options: StartOptions = {}) {
  if (options.lang) setDemoLanguage(options.lang);
  else options = { ...options, lang: language };
  await page.goto(startUrl('scenario', id, { speed: 'paused', ...options }));
  await expect(page).not.toHaveURL(/[?&]scenario=/);
}

/**
 * A caption for the viewer (a recorded demo shows it over the video). In tests it does nothing:
 * it is the place a recorder hooks into, so scripts can say what happens next.
 */
export async function caption(page: Page, text: string): Promise<void> {
  if (narrator) await narrator(page, text);
}

/** The docked Runbook panel (docs/runbooks.md §3). */
export function runbookPanel(page: Page): Locator {
  return page.getByRole('complementary', { name: ui('Runbook') });
}

/** Waits until the panel says "Step n of …" (the current step is the n-th, 1-based). */
export async function expectStep(page: Page, n: number) {
  const text = escape(ui(`Step ${n} of 999`)).replace('999', '\\d+');
  await expect(runbookPanel(page).getByText(new RegExp(`^${text}$`))).toBeVisible();
}

/** Waits until the panel says "Runbook complete". */
export async function expectComplete(page: Page) {
  await expect(runbookPanel(page).getByText(ui('Runbook complete'), { exact: true })).toBeVisible();
}

/** Opens a replicated item's blade through the vault menu and the items grid. */
export async function openItem(page: Page, name: string) {
  await vaultMenu(page, 'Replicated items');
  await expect(page.getByRole('heading', { level: 1, name: ui('Replicated items') })).toBeVisible();
  await page.getByRole('grid').getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

/** Opens a recovery plan's blade through the vault menu. */
export async function openPlan(page: Page, name: string) {
  await vaultMenu(page, 'Recovery plans (Site Recovery)');
  await expect(
    page.getByRole('heading', { level: 1, name: ui('Recovery plans (Site Recovery)') }),
  ).toBeVisible();
  await page.getByRole('main').getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

/** Follows a link of the vault menu (Overview, Replicated items, Site Recovery jobs …). */
export async function vaultMenu(page: Page, link: string) {
  await page
    .getByRole('navigation', { name: ui('Vault menu') })
    .getByRole('link', { name: ui(link) })
    .click();
}

/** Opens a configuration server's blade (Site Recovery infrastructure → Configuration servers). */
export async function openConfigurationServer(page: Page, server: string) {
  await vaultMenu(page, 'Site Recovery infrastructure');
  await page
    .getByRole('main')
    .getByRole('link', { name: ui('Configuration servers') })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: ui('Configuration servers') })).toBeVisible();
  await page.getByRole('main').getByRole('link', { name: server, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: server })).toBeVisible();
}

/** Opens the newest job of a type for an item (or plan) from Site Recovery jobs. */
export async function openJob(page: Page, jobName: string, item: string) {
  await vaultMenu(page, 'Site Recovery jobs');
  const row = page
    .getByRole('row')
    .filter({ hasText: item })
    .filter({ hasText: ui(jobName) })
    .first();
  await row.getByRole('link', { name: ui(jobName) }).click();
  await expect(page.getByRole('heading', { level: 1, name: ui(jobName) })).toBeVisible();
}

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
  await scope.getByRole('combobox', { name: ui(field) }).click();
  await page.getByRole('option', { name: new RegExp(`^${escape(ui(option))}( |$)`) }).click();
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

/** Opens the Lab (header link "Lab"): the simulated environment. */
export async function openLab(page: Page) {
  await page
    .getByRole('banner')
    .getByRole('link', { name: ui('Lab') })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: ui('Lab') })).toBeVisible();
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

/** Back to the vault's overview (the product name in the header goes home). */
export async function goToVault(page: Page) {
  await page
    .getByRole('banner')
    .getByRole('link', { name: ui('Site Recovery Simulator') })
    .click();
  await expect(page.getByRole('navigation', { name: ui('Vault menu') })).toBeVisible();
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

/** Options of `failBackAndCommit()`. */
export interface FailBackOptions {
  /** The runbook step the failover is: the panel moves on to the next one after it. */
  step: number;
  /** Captions of the two steps. */
  failBack: string;
  commit?: string;
  /** A text the item's Essentials show once the failover has finished (e.g. "VMware VM"). */
  essentialsShow?: string;
}

/**
 * The failback's closing steps on the open item (or plan) blade, each job run to its end: Unplanned
 * failover back to on-premises with the default recovery point (LIFE-4), then Commit (LIFE-5). What
 * follows Commit (the next step, or Runbook complete) the script checks.
 */
export async function failBackAndCommit(page: Page, options: FailBackOptions) {
  await caption(page, options.failBack);
  await runPane(page, 'Unplanned failover');
  await runUntilJobsFinish(page);
  if (options.essentialsShow) await expect(essentials(page)).toContainText(ui(options.essentialsShow));
  await expectStep(page, options.step + 1);

  await caption(page, options.commit ?? 'Commit the failback');
  await commit(page);
}

/** Commit (an alert dialog) on the open item or plan blade, its job run to its end. */
export async function commit(page: Page) {
  await runPane(page, 'Commit', async () => {}, { alert: true });
  await runUntilJobsFinish(page);
}

/** Opens the newest job of a type for an item and expects its Error details to tell `text`. */
export async function expectJobError(page: Page, jobName: string, item: string, text: string | RegExp) {
  await openJob(page, jobName, item);
  await expect(page.getByRole('region', { name: ui('Error details') })).toContainText(
    typeof text === 'string' ? ui(text) : text,
  );
}

/** Restart on the open job's blade, the job run to its end. */
export async function restartJob(page: Page) {
  await command(page, 'Restart');
  await runUntilJobsFinish(page);
}

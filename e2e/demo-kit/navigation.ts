/**
 * Demo kit, finding the way (re-exported by e2e/demo-kit.ts): the portal's names in the script's
 * language, starting a runbook or a scenario, reaching a blade through the vault menu, and reading
 * where the runbook's panel stands. Nothing here changes the simulated world.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { uiName, type Lang } from '../ui-names';

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

/**
 * A caption for the viewer (a recorded demo shows it over the video). In tests it does nothing:
 * it is the place a recorder hooks into, so scripts can say what happens next.
 */
export async function caption(page: Page, text: string): Promise<void> {
  if (narrator) await narrator(page, text);
}

/** The blade's toolbar "Commands" (its name stays English in every language, as docs/ui-names.md says). */
export function commands(page: Page): Locator {
  return page.getByRole('main').getByRole('toolbar', { name: 'Commands' });
}

/** The blade's Essentials region. */
export function essentials(page: Page): Locator {
  return page.getByRole('region', { name: ui('Essentials') });
}

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
  // Startup removes the parameters once applied: wait for that URL change (an event, not a poll).
  await page.waitForURL((url) => !url.searchParams.has('runbook'), { timeout: 30_000 });
  await expect(runbookPanel(page)).toBeVisible();
}

/** Loads a scenario preset (`?scenario=<id>`), clock paused unless `speed` says otherwise. */
export async function startScenario(page: Page, id: string, options: StartOptions = {}) {
  if (options.lang) setDemoLanguage(options.lang);
  else options = { ...options, lang: language };
  await page.goto(startUrl('scenario', id, { speed: 'paused', ...options }));
  await page.waitForURL((url) => !url.searchParams.has('scenario'), { timeout: 30_000 });
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

/** Opens the Lab (header link "Lab"): the simulated environment. */
export async function openLab(page: Page) {
  await page
    .getByRole('banner')
    .getByRole('link', { name: ui('Lab') })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: ui('Lab') })).toBeVisible();
}

/** Back to the vault's overview (the product name in the header goes home). */
export async function goToVault(page: Page) {
  await page
    .getByRole('banner')
    .getByRole('link', { name: ui('Site Recovery Simulator') })
    .click();
  await expect(page.getByRole('navigation', { name: ui('Vault menu') })).toBeVisible();
}

import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { clock, openJobFor, openItem, reprotectToOnPremises } from './helpers';
import { followDeepLink } from './speed';
import { HEADER_CONTENT_SECURITY_POLICY, META_CONTENT_SECURITY_POLICY } from '../scripts/csp.mjs';

/**
 * The built portal runs under a strict Content-Security-Policy (scripts/csp.ts): no inline script,
 * no eval, nothing from another origin. Every blade and pane reachable by a route is opened and
 * no violation may be reported, neither as a `securitypolicyviolation` event nor on the console.
 */

const V = '/vaults/contoso-vault';
const ITEMS = `${V}/replicated-items`;
const PLAN = `${V}/recovery-plans/plan-web-tier`;
const CS = `${V}/infrastructure/configuration-servers/cs-01`;

const blade = (name: string) => (page: Page) => page.getByRole('heading', { level: 1, name, exact: true });
const pane = (name: string) => (page: Page) =>
  page.getByRole('dialog', { name, exact: true }).or(page.getByRole('alertdialog', { name, exact: true }));

/** Every route of src/app/router.tsx, with what shows once it is open. */
const ROUTES: [string, (page: Page) => Locator][] = [
  ['/', blade('contoso-vault')],
  [V, blade('contoso-vault')],
  [ITEMS, blade('Replicated items')],
  [`${ITEMS}/web-01`, blade('web-01')],
  [`${ITEMS}/web-01/reprotect`, pane('Re-protect')],
  [`${ITEMS}/web-01/unplanned-failover`, pane('Unplanned failover')],
  [`${ITEMS}/web-01/commit`, pane('Commit')],
  [`${ITEMS}/hv-app-01/planned-failover`, pane('Planned failover')],
  [`${ITEMS}/hv-app-01/change-recovery-point`, pane('Change recovery point')],
  [`${ITEMS}/hv-app-01/reverse-replicate`, pane('Reverse replicate')],
  [`${V}/jobs`, blade('Site Recovery jobs')],
  [`${V}/recovery-plans`, blade('Recovery plans (Site Recovery)')],
  [PLAN, blade('plan-web-tier')],
  [`${PLAN}/reprotect`, pane('Re-protect')],
  [`${PLAN}/unplanned-failover`, pane('Unplanned failover')],
  [`${PLAN}/planned-failover`, pane('Planned failover')],
  [`${PLAN}/commit`, pane('Commit')],
  [`${V}/infrastructure`, blade('Site Recovery infrastructure')],
  [`${V}/infrastructure/configuration-servers`, blade('Configuration servers')],
  [CS, blade('cs-01')],
  [`${CS}/add-process-server`, pane('Add process server')],
  [`${CS}/process-servers/ps-azure-01/delete`, pane('Delete process server')],
  [`${V}/infrastructure/replication-policies`, blade('Replication policies')],
  [`${V}/no-such-blade`, blade('Not found')],
  ['/lab', blade('Lab')],
  ['/no-such-page', blade('Not found')],
];

/** Collects violations from before the first script runs (init scripts are not subject to CSP). */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction('reportCspViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener(
      'securitypolicyviolation',
      (e) => {
        const report = (window as unknown as { reportCspViolation: (text: string) => void })
          .reportCspViolation;
        void report(
          `${e.violatedDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`,
        );
      },
      true,
    );
  });
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) violations.push(`console: ${message.text()}`);
  });
  return violations;
}

test('the built index.html and vite preview carry the policy; the page has no inline script', async ({
  request,
}) => {
  const response = await request.get('/');
  expect(response.headers()['content-security-policy']).toBe(HEADER_CONTENT_SECURITY_POLICY);
  expect(HEADER_CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
  const html = await response.text();
  const meta = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"/);
  expect(meta?.[1]).toBe(META_CONTENT_SECURITY_POLICY);
  for (const directive of [
    "script-src 'self'",
    "worker-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
  ])
    expect(META_CONTENT_SECURITY_POLICY).toContain(directive);
  expect(META_CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval/);
  // Every <script> loads a file: nothing inline for the policy to refuse.
  const scripts = html.match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag).toMatch(/\bsrc="\//);
});

test('every blade and pane by route, a re-protect, its job, the clock and a language: no CSP violation', async ({
  page,
  scenario,
}) => {
  const violations = await watchViolations(page);
  await scenario('default');

  // The first route is a full load; the others are followed inside the running portal, each with
  // the same loaders and lazy chunks as its own load, under the same document's policy.
  for (const [index, [path, shown]] of ROUTES.entries()) {
    if (index === 0) await page.goto(path);
    else await followDeepLink(page, path);
    await expect(shown(page), path).toBeVisible();
  }

  // Interactions add what routes alone do not: popovers, a started job, its blade, a toast, a
  // dialog from the header, a lazily loaded language.
  await page.goto(V);
  await openItem(page, 'web-01');
  await reprotectToOnPremises(page);
  await openJobFor(page, 'Reprotect', 'web-01');
  await clock(page, 'Run until jobs finish');
  await page
    .getByRole('banner')
    .getByRole('button', { name: /^Notifications/ })
    .click();
  await expect(page.getByRole('dialog', { name: 'Notifications' })).toBeVisible();
  await page.keyboard.press('Escape');
  const banner = page.getByRole('banner');
  await banner.getByRole('combobox', { name: 'Language' }).click();
  await page.getByRole('option', { name: 'Português (Brasil)' }).click();
  await expect(banner.getByRole('combobox', { name: 'Idioma' })).toHaveText('Português (Brasil)');

  expect(violations).toEqual([]);
});

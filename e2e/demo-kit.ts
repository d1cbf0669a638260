/**
 * Demo kit: the small set of steps every runbook solution script (e2e/solutions/<runbook-id>.ts)
 * and every recorded demo is written with. Everything goes through the real portal by role and
 * accessible name (docs/ui-names.md, docs/runbooks.md), never by CSS or test ids, so a script keeps
 * working as long as the portal keeps its public names. Its two parts, each helper documented there:
 * demo-kit/navigation.ts (language, starting, blades, the runbook panel) and demo-kit/operations.ts
 * (panes, clock, Lab, and the runbook steps solution scripts share).
 *
 * A solution script exports `async function solve(page)` and reads like the runbook:
 *
 *   import { caption, expectStep, reprotectAndWait } from '../demo-kit';
 *   export async function solve(page: Page) {
 *     await caption(page, 'Re-protect web-01 to on-premises');
 *     await reprotectAndWait(page, { item: 'web-01' }, { masterTarget: 'cs-01' });
 *     await expectStep(page, 2);
 *   }
 *
 * Time moves only through the Simulation clock dialog (no sleeps): a job wait takes seconds.
 */
export * from './demo-kit/navigation';
export * from './demo-kit/operations';

/**
 * A runbook document as an imported file holds it (docs/runbook-format.md, docs/runbooks.md §1): a
 * one-step drill on the default scenario, done when web-01 is Protected (LIFE-3). Tests on both sides
 * build their documents from it; `over` replaces top-level fields (of the step, for runbookStep).
 */
export const runbookStep = (over: Record<string, unknown> = {}) => ({
  id: 'one',
  title: { en: 'One' },
  instruction: { en: 'Do **one**' },
  done: { kind: 'itemStatus', item: 'web-01', status: 'Protected' },
  rules: ['LIFE-3'],
  ...over,
});

export const runbookDocument = (over: Record<string, unknown> = {}) => ({
  id: 'drill',
  version: 1,
  title: { en: 'Drill' },
  summary: { en: 'A drill' },
  scenario: 'default',
  estimatedMinutes: 3,
  steps: [runbookStep()],
  ...over,
});

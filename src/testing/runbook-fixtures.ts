import { http, HttpResponse } from 'msw';
import { stepProgress } from '../../contract/runbook-progress';
import type { RunbookEntry, RunbookProgress, RunbookReport, RunbookText } from '../api/wire-types';

/**
 * Contract-shaped runbook answers (the simulator's runbook routes) for component tests that need a
 * runbook in a given state: `server.use(...runbookHandlers(state))`.
 */
const text = (en: string): RunbookText => ({ en, 'pt-BR': `${en} (pt)`, 'nl-NL': `${en} (nl)` });

export const fixtureEntry: RunbookEntry = {
  id: 'drill-web-01',
  version: 1,
  title: text('Fail back web-01'),
  summary: text('Bring **web-01** home.'),
  scenario: 'default',
  estimatedMinutes: 20,
  builtIn: true,
  steps: [
    {
      id: 'reprotect',
      title: text('Re-protect to on-premises'),
      instruction: text('Open **web-01** and select **Re-protect**.'),
      done: { kind: 'item', item: 'web-01', status: 'Protected' },
      hints: [text('The master target is **cs-01**.'), text('Pick **datastore-vmfs-01**.')],
      rules: ['LIFE-3'],
    },
    {
      id: 'failover',
      title: text('Fail back'),
      instruction: text('Run **Unplanned failover**.'),
      done: { kind: 'item', item: 'web-01', status: 'FailoverCompleted' },
      rules: ['LIFE-4', 'FO-1'],
    },
    {
      id: 'commit',
      title: text('Commit'),
      instruction: text('Select **Commit**.'),
      done: { kind: 'item', item: 'web-01', status: 'FailoverCommitted' },
    },
  ],
};

export function fixtureProgress(
  current: number | null,
  overrides: Partial<RunbookProgress> = {},
): RunbookProgress {
  return {
    runbookId: fixtureEntry.id,
    version: 1,
    title: fixtureEntry.title,
    startedAt: '2026-11-21T08:00:00Z',
    startedAtReal: 1_000_000,
    currentStep: current,
    complete: current === null,
    mistakes: 0,
    hintsUsed: 0,
    steps: fixtureEntry.steps.map((step, index) =>
      current === null || index < current
        ? stepProgress(step, 'Done', { at: '2026-11-21T08:10:00Z', real: 1_060_000 })
        : stepProgress(step, index === current ? 'Current' : 'NotStarted'),
    ),
    events: [],
    ...overrides,
  };
}

export const fixtureReport: RunbookReport = {
  runbookId: fixtureEntry.id,
  title: fixtureEntry.title,
  complete: true,
  mistakes: 1,
  hintsUsed: 2,
  totalSimulatedMinutes: 47,
  totalSeconds: 192,
  steps: fixtureEntry.steps.map((step, index) => ({
    id: step.id,
    title: step.title,
    result: 'Done',
    simulatedTime: `2026-11-21T08:${String(10 + index * 10)}:00Z`,
    timeTakenSeconds: 60 + index,
    hints: index === 0 ? 2 : 0,
    mistakes: index === 0 ? 1 : 0,
  })),
};

/** A stateful stand-in for the runbook routes: progress as given; hint, stop and mistakes move it. */
export function runbookHandlers(initial: RunbookProgress | null) {
  let progress = initial;
  const calls: string[] = [];
  const handlers = [
    http.get(/\/simulator\/runbook$/, () => HttpResponse.json({ progress })),
    http.get(/\/simulator\/runbooks$/, () => HttpResponse.json({ value: [fixtureEntry] })),
    http.get(/\/simulator\/runbooks\/[^/]+\/report$/, () => HttpResponse.json(fixtureReport)),
    http.get(/\/simulator\/runbooks\/[^/]+$/, () => HttpResponse.json(fixtureEntry)),
    http.post(/\/simulator\/runbook\/hint$/, () => {
      calls.push('hint');
      if (!progress || progress.currentStep === null) return conflict('NoRunbookRunning');
      const index = progress.currentStep;
      const step = progress.steps[index];
      const hints = fixtureEntry.steps[index].hints ?? [];
      if (step.hintsRevealed.length >= hints.length) return conflict('NoHintLeft');
      const steps = progress.steps.map((s, i) =>
        i === index ? { ...s, hintsRevealed: hints.slice(0, s.hintsRevealed.length + 1) } : s,
      );
      progress = { ...progress, steps, hintsUsed: progress.hintsUsed + 1 };
      return HttpResponse.json({ progress });
    }),
    http.post(/\/simulator\/runbook\/mistakes$/, async ({ request }) => {
      calls.push(`mistake ${JSON.stringify(await request.json())}`);
      if (!progress) return conflict('NoRunbookRunning');
      progress = { ...progress, mistakes: progress.mistakes + 1 };
      return HttpResponse.json({ progress });
    }),
    http.delete(/\/simulator\/runbook$/, () => {
      calls.push('stop');
      progress = null;
      return HttpResponse.json({ progress: null });
    }),
    http.post(/\/simulator\/runbooks\/[^/]+\/start$/, () => {
      calls.push('start');
      progress = fixtureProgress(0);
      return HttpResponse.json({ progress });
    }),
  ];
  return {
    handlers,
    calls,
    /** Moves the simulated world on: the next GET answers this progress. */
    set: (next: RunbookProgress | null) => {
      progress = next;
    },
  };
}

function conflict(code: string) {
  return HttpResponse.json({ error: { code, message: code } }, { status: 409 });
}

/**
 * The progress engine (docs/runbooks.md §1 "Order", §3 mistakes and hints). Pure: the world in, a new
 * world out (the same object when nothing changed); real time is passed in by the caller, the
 * simulation never reads the wall clock.
 *
 * - The current step is the first one not done. A step is done the moment its condition holds
 *   while it is current; the next one is checked at once, so one clock jump may finish several.
 *   Steps never un-finish.
 * - A job that turned Failed counts one mistake unless a step current during this evaluation
 *   expects its error code (`expectFailure`); each failure (job × end time) is judged once.
 */
import { stepProgress } from '../../../contract/runbook-progress';
import { loadScenario } from '../scenarios';
import { parseWorld } from '../persistence';
import { ms } from '../time';
import type { Result, SimError, World } from '../types';
import { evaluateCondition, type ConditionContext } from './conditions';
import type {
  RunbookDocument,
  RunbookEvent,
  RunbookProgress,
  RunbookReport,
  RunbookRun,
  Text,
} from './types';

/** en fills a missing pt-BR / nl-NL (RUNBOOK-CONTRACT.md: the UI just picks text[lang]). */
export const fillText = (t: Text): Required<Text> => ({
  en: t.en,
  'pt-BR': t['pt-BR'] ?? t.en,
  'nl-NL': t['nl-NL'] ?? t.en,
});

/** The document with every text filled in every language. */
export function withAllLanguages<D extends Omit<RunbookDocument, 'scenario'>>(doc: D): D {
  return {
    ...doc,
    title: fillText(doc.title),
    summary: fillText(doc.summary),
    steps: doc.steps.map((s) => ({
      ...s,
      title: fillText(s.title),
      instruction: fillText(s.instruction),
      ...(s.hints ? { hints: s.hints.map(fillText) } : {}),
    })),
  };
}

const failureKey = (job: World['jobs'][number]) => `${job.name}@${job.endTime ?? job.startTime}`;

const noRunbook = (): SimError => ({
  status: 409,
  code: 'NoRunbookRunning',
  message: 'No runbook is running.',
});

/**
 * The running run, or null (none, stopped, or inconsistent: an imported world whose progress does
 * not fit its document is left alone rather than evaluated).
 */
function activeRun(world: World): RunbookRun | null {
  const run = world.runbook;
  if (!run?.running) return null;
  const { steps, currentStep } = run.progress;
  if (steps.length !== run.document.steps.length) return null;
  if (currentStep !== null && currentStep >= steps.length) return null;
  return run;
}

export function contextOf(run: RunbookRun): ConditionContext {
  return {
    startedAt: run.progress.startedAt,
    doneAt: (id) => run.progress.steps.find((s) => s.id === id)?.doneAt ?? null,
  };
}

/** The world of the runbook's scenario, or an error (unknown preset, invalid inline document). */
export function scenarioWorld(doc: RunbookDocument): Result<null> {
  if (typeof doc.scenario === 'string') {
    const world = loadScenario(doc.scenario);
    if (!world)
      return {
        ok: false,
        error: {
          status: 400,
          code: 'InvalidRunbook',
          message: `Unknown scenario '${doc.scenario}'`,
          target: 'scenario',
        },
      };
    return { ok: true, world, value: null };
  }
  const parsed = parseWorld(JSON.stringify(doc.scenario));
  if (!parsed.ok)
    return {
      ok: false,
      error: {
        status: 400,
        code: 'InvalidRunbook',
        message: parsed.message,
        target: `scenario${parsed.path.slice(1)}`,
      },
    };
  return { ok: true, world: parsed.world, value: null };
}

/**
 * Start: the world is replaced by the runbook's scenario with the clock paused, step 1 is
 * Current, and the steps are evaluated at once (a step may already hold).
 */
export function startRunbook(doc: RunbookDocument, realMs: number): Result<RunbookProgress> {
  const loaded = scenarioWorld(doc);
  if (!loaded.ok) return loaded;
  const base = loaded.world;
  const filled = withAllLanguages(doc);
  const scenario = typeof doc.scenario === 'string' ? doc.scenario : base.scenario;
  const run: RunbookRun = {
    document: { ...filled, scenario },
    running: true,
    // Failures already in the scenario are not the trainee's.
    judgedFailures: base.jobs.filter((j) => j.state === 'Failed').map(failureKey),
    progress: {
      runbookId: doc.id,
      version: doc.version,
      title: filled.title,
      startedAt: base.now,
      startedAtReal: realMs,
      currentStep: 0,
      complete: false,
      mistakes: 0,
      hintsUsed: 0,
      steps: filled.steps.map((s, i) => stepProgress(s, i === 0 ? 'Current' : 'NotStarted')),
      events: [{ kind: 'Started', step: null, time: base.now, real: realMs }],
    },
  };
  const world = evaluateRunbook({ ...base, speed: 0, runbook: run }, realMs);
  return { ok: true, world, value: (world.runbook as RunbookRun).progress };
}

/**
 * Re-evaluate the running runbook against the world (after every operation and clock step).
 * Returns the same world when nothing changed.
 */
export function evaluateRunbook(world: World, realMs: number): World {
  const run = activeRun(world);
  if (!run || run.progress.complete || run.progress.currentStep === null) return world;
  const judged = new Set(run.judgedFailures);
  const fresh = world.jobs.filter((j) => j.state === 'Failed' && !judged.has(failureKey(j)));
  const steps = run.document.steps;
  const first = run.progress.currentStep;

  // Advance: every step that holds while current, in order.
  const draftSteps = run.progress.steps.map((s) => ({ ...s }));
  const events: RunbookEvent[] = [];
  const draftRun: RunbookRun = { ...run, progress: { ...run.progress, steps: draftSteps } };
  const ctx = contextOf(draftRun);
  let i = first;
  while (i < steps.length && evaluateCondition(world, steps[i].done, ctx)) {
    draftSteps[i] = { ...draftSteps[i], state: 'Done', doneAt: world.now, doneAtReal: realMs };
    events.push({ kind: 'StepDone', step: steps[i].id, time: world.now, real: realMs });
    i += 1;
    if (i < steps.length) draftSteps[i] = { ...draftSteps[i], state: 'Current' };
  }
  if (i === first && fresh.length === 0) return world;

  // Judge new failures: expected by a step current during this evaluation, or a mistake.
  const expected = new Set(
    steps
      .slice(first, Math.min(i, steps.length - 1) + 1)
      .flatMap((s) => (s.expectFailure ? [s.expectFailure.errorCode] : [])),
  );
  let mistakes = 0;
  for (const job of fresh) {
    const codes = job.errors.map((e) => e.code);
    if (codes.some((c) => expected.has(c))) continue;
    mistakes += 1;
    const subject = job.item ?? job.plan ?? '';
    events.push({
      kind: 'Mistake',
      step: steps[first].id,
      time: world.now,
      real: realMs,
      detail: `Job ${job.scenario}${subject ? ` on ${subject}` : ''} failed${codes.length ? ` with ${codes.join(', ')}` : ''}`,
    });
  }
  if (mistakes) draftSteps[first] = { ...draftSteps[first], mistakes: draftSteps[first].mistakes + mistakes };
  const complete = i >= steps.length;
  if (complete) events.push({ kind: 'Complete', step: null, time: world.now, real: realMs });
  const progress: RunbookProgress = {
    ...run.progress,
    steps: draftSteps,
    currentStep: complete ? null : i,
    complete,
    mistakes: run.progress.mistakes + mistakes,
    events: [...run.progress.events, ...events],
  };
  return {
    ...world,
    runbook: { ...run, progress, judgedFailures: [...run.judgedFailures, ...fresh.map(failureKey)] },
  };
}

/** The running runbook's progress, or null (none running, or stopped). */
export function runbookProgress(world: World): RunbookProgress | null {
  return activeRun(world)?.progress ?? null;
}

/** Show hint: reveal the current step's next hint (409 NoHintLeft / NoRunbookRunning). */
export function revealHint(world: World, realMs: number): Result<RunbookProgress> {
  const run = activeRun(world);
  if (!run) return { ok: false, error: noRunbook() };
  const index = run.progress.currentStep;
  const hints = index === null ? [] : (run.document.steps[index].hints ?? []);
  const step = index === null ? undefined : run.progress.steps[index];
  if (index === null || !step || step.hintsRevealed.length >= hints.length)
    return {
      ok: false,
      error: { status: 409, code: 'NoHintLeft', message: 'The current step has no hint left.' },
    };
  const steps = run.progress.steps.map((s, i) =>
    i === index ? { ...s, hintsRevealed: [...s.hintsRevealed, fillText(hints[s.hintsRevealed.length])] } : s,
  );
  const progress: RunbookProgress = {
    ...run.progress,
    steps,
    hintsUsed: run.progress.hintsUsed + 1,
    events: [...run.progress.events, { kind: 'Hint', step: step.id, time: world.now, real: realMs }],
  };
  return { ok: true, world: { ...world, runbook: { ...run, progress } }, value: progress };
}

/**
 * A portal action refused by the simulated API (4xx) while a runbook runs: one mistake on the
 * current step. After completion nothing is counted.
 */
export function recordMistake(
  world: World,
  code: string,
  message: string,
  realMs: number,
): Result<RunbookProgress> {
  const run = activeRun(world);
  if (!run) return { ok: false, error: noRunbook() };
  const index = run.progress.currentStep;
  if (index === null) return { ok: true, world, value: run.progress };
  const steps = run.progress.steps.map((s, i) => (i === index ? { ...s, mistakes: s.mistakes + 1 } : s));
  const detail = `${code}: ${message}`.slice(0, 500);
  const progress: RunbookProgress = {
    ...run.progress,
    steps,
    mistakes: run.progress.mistakes + 1,
    events: [
      ...run.progress.events,
      { kind: 'Mistake', step: steps[index].id, time: world.now, real: realMs, detail },
    ],
  };
  return { ok: true, world: { ...world, runbook: { ...run, progress } }, value: progress };
}

/** Stop runbook: nothing is evaluated any more; the run stays in the world for its report. */
export function stopRunbook(world: World): World {
  if (!world.runbook?.running) return world;
  return { ...world, runbook: { ...world.runbook, running: false } };
}

const seconds = (fromMs: number, toMs: number) => Math.max(0, Math.round((toMs - fromMs) / 1000));

/**
 * The report of a run (docs/runbooks.md §3): figures from the progress and its events. Time taken per
 * step = real time from the previous step's end (or the start) to this step's end.
 */
export function buildReport(world: World, run: RunbookRun, realMs: number): RunbookReport {
  const p = run.progress;
  const completeEvent = p.events.find((e) => e.kind === 'Complete');
  const endSimulated = completeEvent?.time ?? world.now;
  const endReal = completeEvent?.real ?? realMs;
  let previousReal = p.startedAtReal;
  const hintsOf = (id: string) => p.events.filter((e) => e.kind === 'Hint' && e.step === id).length;
  const mistakesOf = (id: string) => p.events.filter((e) => e.kind === 'Mistake' && e.step === id).length;
  return {
    runbookId: p.runbookId,
    title: fillText(p.title),
    complete: p.complete,
    mistakes: p.events.filter((e) => e.kind === 'Mistake').length,
    hintsUsed: p.events.filter((e) => e.kind === 'Hint').length,
    totalSimulatedMinutes: Math.max(0, Math.round((ms(endSimulated) - ms(p.startedAt)) / 60_000)),
    totalSeconds: seconds(p.startedAtReal, endReal),
    steps: p.steps.map((s) => {
      const done = s.state === 'Done' && s.doneAtReal !== null;
      const taken = done ? seconds(previousReal, s.doneAtReal as number) : null;
      if (done) previousReal = s.doneAtReal as number;
      return {
        id: s.id,
        title: fillText(s.title),
        result: done ? 'Done' : 'NotDone',
        simulatedTime: s.doneAt,
        timeTakenSeconds: taken,
        hints: hintsOf(s.id),
        mistakes: mistakesOf(s.id),
      };
    }),
  };
}

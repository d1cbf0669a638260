/**
 * A runbook run's progress and report (docs/runbooks.md §3), as the simulation stores them and the
 * simulator routes answer them (`GET /simulator/runbook`, `…/report`). `T` is the text type: the
 * simulation keeps a document's texts (`en` required), the wire carries all three languages.
 */
export type StepState = 'Done' | 'Current' | 'NotStarted';

export interface RunbookEvent {
  kind: 'Started' | 'StepDone' | 'Mistake' | 'Hint' | 'Complete';
  step: string | null;
  /** Simulated ISO time. */
  time: string;
  /** Real ms epoch. */
  real: number;
  detail?: string;
}

export interface RunbookStepProgress<T> {
  id: string;
  title: T;
  instruction: T;
  rules: string[];
  state: StepState;
  hintsTotal: number;
  hintsRevealed: T[];
  doneAt: string | null;
  doneAtReal: number | null;
  mistakes: number;
}

export interface RunbookProgress<T> {
  runbookId: string;
  version: number;
  title: T;
  startedAt: string;
  startedAtReal: number;
  currentStep: number | null;
  complete: boolean;
  mistakes: number;
  hintsUsed: number;
  steps: RunbookStepProgress<T>[];
  events: RunbookEvent[];
}

export interface RunbookReport<T> {
  runbookId: string;
  title: T;
  complete: boolean;
  mistakes: number;
  hintsUsed: number;
  totalSimulatedMinutes: number;
  totalSeconds: number;
  steps: {
    id: string;
    title: T;
    result: 'Done' | 'NotDone';
    simulatedTime: string | null;
    timeTakenSeconds: number | null;
    hints: number;
    mistakes: number;
  }[];
}

/** A step's progress from its document step: no hint revealed, no mistake; `done` when it is Done. */
export function stepProgress<T>(
  step: { id: string; title: T; instruction: T; rules?: string[]; hints?: T[] },
  state: StepState,
  done: { at: string; real: number } | null = null,
): RunbookStepProgress<T> {
  return {
    id: step.id,
    title: step.title,
    instruction: step.instruction,
    rules: step.rules ?? [],
    state,
    hintsTotal: step.hints?.length ?? 0,
    hintsRevealed: [],
    doneAt: done?.at ?? null,
    doneAtReal: done?.real ?? null,
    mistakes: 0,
  };
}

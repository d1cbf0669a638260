/**
 * The runbook library: built-ins (docs/runbooks.md §2 order) then imported documents. Imported ones are
 * kept by the runtime outside the world (their own storage key), so they survive starting another
 * runbook; every stored document is re-validated when read, an unreadable one is skipped.
 */
import { sameName } from '../lookup';
import type { SimError } from '../types';
import { BUILT_IN_RUNBOOKS } from './builtin';
import { withAllLanguages } from './progress';
import type { RunbookDocument } from './types';
import { parseRunbook, type RunbookProblem } from './validate';

export type RunbookEntry = RunbookDocument & { builtIn: boolean };

const entry = (doc: RunbookDocument, builtIn: boolean): RunbookEntry => ({
  ...withAllLanguages(structuredClone(doc)),
  builtIn,
});

function validImports(stored: unknown[]): RunbookDocument[] {
  return stored.flatMap((data) => {
    const parsed = parseRunbook(data);
    return parsed.ok && !BUILT_IN_RUNBOOKS.some((b) => sameName(b.id, parsed.document.id))
      ? [parsed.document]
      : [];
  });
}

/** Every runbook, texts filled in every language. */
export function runbookLibrary(stored: unknown[]): RunbookEntry[] {
  return [
    ...BUILT_IN_RUNBOOKS.map((d) => entry(d, true)),
    ...validImports(stored).map((d) => entry(d, false)),
  ];
}

export function findRunbook(stored: unknown[], id: string): RunbookEntry | undefined {
  return runbookLibrary(stored).find((r) => sameName(r.id, id));
}

export type ImportResult =
  | { ok: true; stored: RunbookDocument[]; entry: RunbookEntry }
  | { ok: false; error: SimError; problems: RunbookProblem[] };

/**
 * Import: invalid → 400 InvalidRunbook with every problem; a built-in id → 409 RunbookExists; an
 * imported id replaces that import. Returns the new stored list (the caller persists it).
 */
export function importRunbook(stored: unknown[], data: unknown): ImportResult {
  const parsed = parseRunbook(data);
  if (!parsed.ok)
    return {
      ok: false,
      problems: parsed.problems,
      error: {
        status: 400,
        code: 'InvalidRunbook',
        message: `The runbook is not valid:\n${parsed.problems.map((p) => `${p.path}: ${p.message}`).join('\n')}`,
        target: parsed.problems[0]?.path,
      },
    };
  const doc = parsed.document;
  if (BUILT_IN_RUNBOOKS.some((b) => sameName(b.id, doc.id)))
    return {
      ok: false,
      problems: [],
      error: {
        status: 409,
        code: 'RunbookExists',
        message: `'${doc.id}' is a built-in runbook: give the imported runbook another id.`,
        target: 'id',
      },
    };
  const kept = validImports(stored).filter((d) => !sameName(d.id, doc.id));
  return { ok: true, stored: [...kept, doc], entry: entry(doc, false) };
}

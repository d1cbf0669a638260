/**
 * Runbooks (docs/runbooks.md §1–§3): schema, conditions, progress, import validation and the
 * built-in runbooks. Reached from outside through api.ts only.
 */
import { z } from 'zod';
import { frozenOnce } from '../frozen';
import { sameName } from '../lookup';
import { BUILT_IN_RUNBOOKS } from './builtin';
import { runbookDocumentSchema } from './schema';
import type { RunbookDocument } from './types';

export { evaluateCondition, replicationHealthOf, type ConditionContext } from './conditions';
export {
  buildReport,
  evaluateRunbook,
  fillText,
  recordMistake,
  revealHint,
  runbookProgress,
  startRunbook,
  stopRunbook,
  withAllLanguages,
} from './progress';
export { parseRunbook, type ParsedRunbook, type RunbookProblem } from './validate';
export { findRunbook, importRunbook, runbookLibrary, type ImportResult, type RunbookEntry } from './library';

/** The built-in runbooks, §2 order. */
export const builtInRunbooks = (): RunbookDocument[] => structuredClone([...BUILT_IN_RUNBOOKS]);

/** A built-in runbook by id (case-insensitive), or undefined. */
export const builtInRunbook = (id: string): RunbookDocument | undefined => {
  const found = BUILT_IN_RUNBOOKS.find((r) => sameName(r.id, id));
  return found && structuredClone(found);
};

export const RUNBOOK_SCHEMA_ID = 'https://site-recovery-simulator.local/runbook.schema.json';

/** The JSON Schema of a runbook file, generated from the zod schema (docs/runbook.schema.json) on first use; shared, frozen. */
export const runbookJsonSchema: () => Record<string, unknown> = frozenOnce(() => {
  const schema = z.toJSONSchema(runbookDocumentSchema, { target: 'draft-2020-12', io: 'input' }) as Record<
    string,
    unknown
  >;
  return { $id: RUNBOOK_SCHEMA_ID, title: 'Site Recovery Simulator runbook', ...schema };
});

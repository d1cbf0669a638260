import type { Condition, RunbookStep, Text } from '../types';

/**
 * A runbook step (docs/runbooks.md §1), its keys in the document's order: what to do, when it is done,
 * the hints (one, several or null for none) and the rule ids it exercises; `expectFailure` marks a troubleshooting
 * step whose goal is a failed job.
 */
export const step = (
  id: string,
  title: Text,
  instruction: Text,
  done: Condition,
  hints: Text | Text[] | null,
  rules: string[],
  expectFailure?: RunbookStep['expectFailure'],
): RunbookStep => ({
  id,
  title,
  instruction,
  done,
  ...(expectFailure ? { expectFailure } : {}),
  ...(hints ? { hints: Array.isArray(hints) ? hints : [hints] } : {}),
  rules,
});

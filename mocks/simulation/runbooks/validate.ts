/**
 * Import of a runbook document (docs/runbooks.md §1): the zod schema first, then cross-references
 * (scenario, step ids, `elapsed` step references, item / master target / configuration server
 * names against the scenario, expected error codes against the ERR catalog). Every problem is
 * reported with its JSON path (`steps[2].done.kind`) and reason; nothing is changed.
 */
import type { z } from 'zod';
import { catalogEntry } from '../errors';
import { sameName } from '../lookup';
import type { World } from '../types';
import { scenarioWorld } from './progress';
import { runbookDocumentSchema } from './schema';
import type { Condition, RunbookDocument } from './types';

export interface RunbookProblem {
  path: string;
  message: string;
}

export type ParsedRunbook =
  { ok: true; document: RunbookDocument } | { ok: false; problems: RunbookProblem[] };

/** `steps[2].done.kind` from a zod path ('' for the document itself). */
export function runbookPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)),
    '',
  );
}

const MAX_PROBLEMS = 50;

/** One readable problem per zod issue; a union says what its first branch wanted. */
function problemsOf(
  issues: readonly z.core.$ZodIssue[],
  prefix: readonly PropertyKey[] = [],
): RunbookProblem[] {
  return issues.flatMap((issue) => {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'invalid_union' && issue.errors.length > 0 && issue.errors[0].length > 0)
      return problemsOf(issue.errors[0], path);
    return [{ path: runbookPath(path) || '$', message: issue.message }];
  });
}

interface Names {
  items: string[];
  masterTargets: string[];
  configurationServers: string[];
}

function checkCondition(
  c: Condition,
  path: string,
  names: Names | null,
  stepIds: string[],
  out: RunbookProblem[],
) {
  const known = (list: string[], value: string) => list.some((n) => sameName(n, value));
  if (c.kind === 'allOf' || c.kind === 'anyOf') {
    c.conditions.forEach((x, i) => checkCondition(x, `${path}.conditions[${i}]`, names, stepIds, out));
    return;
  }
  if (c.kind === 'not') {
    checkCondition(c.condition, `${path}.condition`, names, stepIds, out);
    return;
  }
  if (c.kind === 'elapsed' && c.since !== 'start' && !stepIds.includes(c.since.step))
    out.push({
      path: `${path}.since.step`,
      message: `'${c.since.step}' is not an earlier step of this runbook`,
    });
  if (!names) return;
  if ('item' in c && typeof c.item === 'string' && !known(names.items, c.item))
    out.push({ path: `${path}.item`, message: `The scenario has no replicated item '${c.item}'` });
  if (c.kind === 'volume' && !known(names.masterTargets, c.masterTarget))
    out.push({
      path: `${path}.masterTarget`,
      message: `The scenario has no master target '${c.masterTarget}'`,
    });
  if (c.kind === 'itemSettings' && c.masterTarget && !known(names.masterTargets, c.masterTarget))
    out.push({
      path: `${path}.masterTarget`,
      message: `The scenario has no master target '${c.masterTarget}'`,
    });
  if (c.kind === 'processServer' && !known(names.configurationServers, c.configurationServer))
    out.push({
      path: `${path}.configurationServer`,
      message: `The scenario has no configuration server '${c.configurationServer}'`,
    });
}

/** Validate a runbook document; `builtInIds` are refused by the caller (409), not here. */
export function parseRunbook(data: unknown): ParsedRunbook {
  const result = runbookDocumentSchema.safeParse(data);
  if (!result.success) return { ok: false, problems: problemsOf(result.error.issues).slice(0, MAX_PROBLEMS) };
  const doc = result.data as RunbookDocument;
  const problems: RunbookProblem[] = [];

  let world: World | null = null;
  const loaded = scenarioWorld(doc);
  if (loaded.ok) world = loaded.world;
  else problems.push({ path: loaded.error.target ?? 'scenario', message: loaded.error.message });
  const names: Names | null = world && {
    items: world.items.map((i) => i.name),
    masterTargets: world.masterTargets.map((m) => m.name),
    configurationServers: world.configurationServers.map((c) => c.name),
  };

  const seen: string[] = [];
  doc.steps.forEach((step, i) => {
    if (seen.includes(step.id))
      problems.push({ path: `steps[${i}].id`, message: `Duplicate step id '${step.id}'` });
    checkCondition(step.done, `steps[${i}].done`, names, seen, problems);
    seen.push(step.id);
    if (step.expectFailure && !catalogEntry(step.expectFailure.errorCode))
      problems.push({
        path: `steps[${i}].expectFailure.errorCode`,
        message: `'${step.expectFailure.errorCode}' is not an error code of the catalog`,
      });
  });
  return problems.length
    ? { ok: false, problems: problems.slice(0, MAX_PROBLEMS) }
    : { ok: true, document: doc };
}

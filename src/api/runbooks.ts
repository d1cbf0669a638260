import { queryOptions, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { arm, ArmError } from './arm-client';
import { simulatorPaths } from './arm-paths';
import { poll } from './polling';
import { keys } from './query-keys';
import type { RunbookEntry, RunbookProgress, RunbookReport, RunbookText } from './wire-types';

/**
 * Runbooks (docs/runbooks.md §1–§3) over the simulator routes. Progress lives in the world: the panel
 * only reads it, and every world change (operation, clock step, Lab change) may move it, so the
 * app's QueryClient refreshes `keys.runbook` after every mutation (src/api/query-client.ts).
 */

/** A runbook text in the portal's language (the API fills missing languages from English). */
export function runbookText(text: RunbookText | undefined, language: string): string {
  if (!text) return '';
  return (text as Record<string, string | undefined>)[language] ?? text.en;
}

export const runbooksQuery = () =>
  queryOptions({
    queryKey: keys.runbooks,
    queryFn: ({ signal }) =>
      arm.get<{ value: RunbookEntry[] }>(simulatorPaths.runbooks, signal).then((r) => r.value ?? []),
  });

export const useRunbooks = () => useQuery(runbooksQuery());

export const runbookEntryQuery = (id: string) =>
  queryOptions({
    queryKey: keys.runbookEntry(id),
    queryFn: ({ signal }) => arm.get<RunbookEntry>(simulatorPaths.runbookEntry(id), signal),
    retry: (count, error) => !(error instanceof ArmError && error.status === 404) && count < 1,
  });

export const useRunbookEntry = (id: string) => useQuery(runbookEntryQuery(id));

/** The running runbook's progress (null: none runs); polls while the simulation clock runs. */
export const runbookProgressQuery = () =>
  queryOptions({
    queryKey: keys.runbook,
    queryFn: ({ signal }) =>
      arm.get<{ progress: RunbookProgress | null }>(simulatorPaths.runbook, signal).then((r) => r.progress),
    refetchInterval: () => poll(2000),
  });

export const useRunbookProgress = () => useQuery(runbookProgressQuery());

export const runbookReportQuery = (id: string) =>
  queryOptions({
    queryKey: keys.runbookReport(id),
    queryFn: ({ signal }) => arm.get<RunbookReport>(simulatorPaths.runbookReport(id), signal),
    refetchInterval: () => poll(2000),
    retry: (count, error) => !(error instanceof ArmError && error.status === 404) && count < 1,
  });

export const useRunbookReport = (id: string) => useQuery(runbookReportQuery(id));

/** Start replaces the world with the runbook's scenario (clock paused): every query is stale. */
export function useStartRunbook() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      arm
        .post<{ progress: RunbookProgress }>(simulatorPaths.runbookStart(id), {})
        .then((r) => r.body.progress),
    onSuccess: (progress) => client.setQueryData(keys.runbook, progress),
    onSettled: () => client.invalidateQueries(),
  });
}

/** Reveals the current step's next hint (counted in Hints used). */
export function useRunbookHint() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () =>
      arm.post<{ progress: RunbookProgress }>(simulatorPaths.runbookHint, {}).then((r) => r.body.progress),
    onSuccess: (progress) => client.setQueryData(keys.runbook, progress),
  });
}

/** Stop runbook: the world stays as it is; the panel goes away. */
export function useStopRunbook() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => arm.delete(simulatorPaths.runbook),
    onSuccess: () => client.setQueryData(keys.runbook, null),
  });
}

/** Import: an invalid document is a 400 InvalidRunbook listing each problem; nothing changes. */
export function useImportRunbook() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (document: unknown) =>
      arm.post<RunbookEntry>(simulatorPaths.runbooks, document).then((r) => r.body),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.runbooks }),
  });
}

/**
 * docs/runbooks.md §3: an operation the simulated API refuses (4xx) from a portal action counts one
 * mistake while a runbook runs. The QueryClient calls this for mutations marked
 * `meta: { operation: true }`; a failure to record it never bothers the user.
 */
export async function recordRunbookMistake(client: QueryClient, error: unknown): Promise<void> {
  if (!(error instanceof ArmError) || error.status < 400 || error.status >= 500) return;
  try {
    // The progress may not be cached yet (the Runbook panel loads lazily): a refusal right after a
    // page load still counts, so read it from the API when it is not (docs/runbooks.md §3).
    const progress = await client.ensureQueryData(runbookProgressQuery());
    if (!progress || progress.complete) return;
    const answer = await arm.post<{ progress: RunbookProgress }>(simulatorPaths.runbookMistakes, {
      code: error.code,
      message: error.message,
    });
    client.setQueryData(keys.runbook, answer.body.progress);
  } catch {
    // No runbook running after all (409 NoRunbookRunning): nothing to count.
  }
}

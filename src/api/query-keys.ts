/**
 * Every cache entry the portal uses, general → specific. One operation touches several
 * resources (a re-protect changes the item, creates a job and a notification), so mutations
 * invalidate by family prefix: `keys.vault(v)` refreshes everything of a vault.
 */
export const keys = {
  vault: (vault: string) => ['vault', vault] as const,
  vaultInfo: (vault: string) => [...keys.vault(vault), 'info'] as const,
  items: (vault: string) => [...keys.vault(vault), 'items'] as const,
  /** The grid's pages for one `$filter` and `$orderby` (docs/api.md §2.3). */
  itemPages: (vault: string, filter: string, orderBy: string) =>
    [...keys.items(vault), 'pages', filter, orderBy] as const,
  itemCounts: (vault: string, filter: string) => [...keys.items(vault), 'counts', filter] as const,
  /** An item found by name (`$filter=FriendlyName eq`), then read by id (`GET {I}`). */
  itemLookup: (vault: string, name: string) => [...keys.items(vault), 'lookup', name] as const,
  item: (vault: string, id: string) => [...keys.items(vault), 'one', id] as const,
  planItems: (vault: string, plan: string) => [...keys.items(vault), 'plan', plan] as const,
  eligibility: (vault: string, item: string) => [...keys.items(vault), 'eligibility', item] as const,
  itemFields: (vault: string, item: string, operation: string, masterTarget?: string) =>
    [...keys.items(vault), 'fields', item, operation, masterTarget ?? ''] as const,
  recoveryPoints: (vault: string, item: string) => [...keys.items(vault), 'recovery-points', item] as const,
  jobs: (vault: string) => [...keys.vault(vault), 'jobs'] as const,
  job: (vault: string, job: string) => [...keys.jobs(vault), job] as const,
  fabrics: (vault: string) => [...keys.vault(vault), 'fabrics'] as const,
  policies: (vault: string) => [...keys.vault(vault), 'policies'] as const,
  plans: (vault: string) => [...keys.vault(vault), 'plans'] as const,
  simulator: ['simulator'] as const,
  clock: ['simulator', 'clock'] as const,
  lab: ['simulator', 'lab'] as const,
  role: ['simulator', 'role'] as const,
  notifications: ['simulator', 'notifications'] as const,
  scenarios: ['simulator', 'scenarios'] as const,
  // Runbooks (docs/runbooks.md §3): the list, one document, a run's report; `runbook` is the running
  // runbook's progress, which every world change can move.
  runbooks: ['simulator', 'runbooks'] as const,
  runbookEntry: (id: string) => ['simulator', 'runbooks', 'entry', id] as const,
  runbookReports: ['simulator', 'runbooks', 'report'] as const,
  runbookReport: (id: string) => ['simulator', 'runbooks', 'report', id] as const,
  runbook: ['simulator', 'runbook'] as const,
};

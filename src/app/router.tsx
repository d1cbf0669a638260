import type { ComponentType } from 'react';
import { createBrowserRouter, redirect, type RouteObject } from 'react-router';
import { DEFAULT_VAULT } from '../api/arm-paths';
import { loadNamespaces } from '../i18n';
import { Shell, ShellStarting } from './shell';
import { RouteError } from './route-error';

/**
 * A route's `lazy`: the blade's chunk and its catalogs (src/i18n), fetched side by side, so the
 * blade renders translated at once (docs/performance.md: nothing but the shell is in the entry).
 */
const blade =
  <M,>(load: () => Promise<M>, namespaces: string[], pick: (module: M) => ComponentType) =>
  async () => {
    const [module] = await Promise.all([load(), loadNamespaces(namespaces)]);
    return { Component: pick(module) };
  };

/**
 * docs/ui-names.md §2. Blades are lazy so the first load stays small; panes are child routes of the
 * item blade (rendered by its <Outlet/>), so every step has a deep link.
 */
export const routes: RouteObject[] = [
  {
    path: '/',
    element: <Shell />,
    errorElement: <RouteError />,
    // The first navigation waits for its lazy routes: a progress indicator instead of a blank page.
    HydrateFallback: ShellStarting,
    children: [
      // A redirect inside the router's own navigation (not a render-time effect that a pending
      // navigation could drop): the banner link to / always lands on the vault.
      // It renders nothing (the loader always redirects); `element: null` says so to react-router,
      // which otherwise warns on the console of every visit to / that it matched an empty route.
      { index: true, loader: () => redirect(`/vaults/${DEFAULT_VAULT}`), element: null },
      {
        path: 'vaults/:vault',
        lazy: blade(
          () => import('../features/vault/vault-layout'),
          ['vault'],
          (m) => m.VaultLayout,
        ),
        children: [
          {
            index: true,
            lazy: blade(
              () => import('../features/vault/vault-overview-blade'),
              ['vault'],
              (m) => m.VaultOverviewBlade,
            ),
          },
          {
            path: 'replicated-items',
            lazy: blade(
              () => import('../features/replicated-items/replicated-items-blade'),
              ['items', 'item'],
              (m) => m.ReplicatedItemsBlade,
            ),
          },
          {
            path: 'replicated-items/:item',
            lazy: blade(
              () => import('../features/replicated-items/item-blade'),
              ['items', 'item'],
              (m) => m.ItemBlade,
            ),
            children: [
              {
                path: 'reprotect',
                lazy: blade(
                  () => import('../features/reprotect/reprotect-pane'),
                  ['panes', 'hyperv', 'automation'],
                  (m) => m.ReprotectPane,
                ),
              },
              {
                path: 'unplanned-failover',
                lazy: blade(
                  () => import('../features/failover/unplanned-failover-pane'),
                  ['panes', 'hyperv', 'automation'],
                  (m) => m.UnplannedFailoverPane,
                ),
              },
              {
                path: 'commit',
                lazy: blade(
                  () => import('../features/commit/commit-dialog'),
                  ['panes', 'automation'],
                  (m) => m.CommitDialog,
                ),
              },
              {
                path: 'planned-failover',
                lazy: blade(
                  () => import('../features/planned-failover/planned-failover-pane'),
                  ['panes', 'hyperv', 'automation'],
                  (m) => m.PlannedFailoverPane,
                ),
              },
              {
                path: 'change-recovery-point',
                lazy: blade(
                  () => import('../features/change-recovery-point/change-recovery-point-pane'),
                  ['panes', 'hyperv', 'automation'],
                  (m) => m.ChangeRecoveryPointPane,
                ),
              },
              {
                path: 'reverse-replicate',
                lazy: blade(
                  () => import('../features/reverse-replicate/reverse-replicate-pane'),
                  ['panes', 'hyperv', 'automation'],
                  (m) => m.ReverseReplicatePane,
                ),
              },
              {
                path: 'test-failover',
                lazy: blade(
                  () => import('../features/failover/test-failover-pane'),
                  ['panes', 'hyperv', 'automation'],
                  (m) => m.TestFailoverPane,
                ),
              },
              {
                path: 'cleanup-test-failover',
                lazy: blade(
                  () => import('../features/failover/test-failover-cleanup-pane'),
                  ['panes', 'hyperv', 'automation'],
                  (m) => m.TestFailoverCleanupPane,
                ),
              },
              {
                path: 'complete-migration',
                lazy: blade(
                  () => import('../features/end-protection/end-protection-dialog'),
                  ['panes', 'automation'],
                  (m) => m.CompleteMigrationDialog,
                ),
              },
              {
                path: 'disable-replication',
                lazy: blade(
                  () => import('../features/end-protection/end-protection-dialog'),
                  ['panes', 'automation'],
                  (m) => m.DisableReplicationDialog,
                ),
              },
            ],
          },
          {
            path: 'jobs',
            lazy: blade(
              () => import('../features/jobs/jobs-blade'),
              ['jobs'],
              (m) => m.JobsBlade,
            ),
          },
          {
            path: 'jobs/:job',
            lazy: blade(
              () => import('../features/jobs/job-blade'),
              ['jobs'],
              (m) => m.JobBlade,
            ),
          },
          {
            path: 'recovery-plans',
            lazy: blade(
              () => import('../features/recovery-plans/recovery-plans-blade'),
              ['plans', 'jobs'],
              (m) => m.RecoveryPlansBlade,
            ),
          },
          {
            path: 'recovery-plans/:plan',
            lazy: blade(
              () => import('../features/recovery-plans/recovery-plan-blade'),
              ['plans', 'jobs'],
              (m) => m.RecoveryPlanBlade,
            ),
            // RPL-1: the plan panes, rendered by the plan blade's <Outlet/>.
            children: [
              {
                path: 'reprotect',
                lazy: blade(
                  () => import('../features/recovery-plans/plan-panes'),
                  ['plans', 'panes', 'hyperv', 'automation'],
                  (m) => m.PlanReprotectPane,
                ),
              },
              {
                path: 'unplanned-failover',
                lazy: blade(
                  () => import('../features/recovery-plans/plan-panes'),
                  ['plans', 'panes', 'hyperv', 'automation'],
                  (m) => m.PlanUnplannedFailoverPane,
                ),
              },
              {
                path: 'planned-failover',
                lazy: blade(
                  () => import('../features/recovery-plans/plan-panes'),
                  ['plans', 'panes', 'hyperv', 'automation'],
                  (m) => m.PlanPlannedFailoverPane,
                ),
              },
              {
                path: 'commit',
                lazy: blade(
                  () => import('../features/recovery-plans/plan-commit-dialog'),
                  ['plans', 'panes', 'hyperv', 'automation'],
                  (m) => m.PlanCommitDialog,
                ),
              },
              {
                path: 'test-failover',
                lazy: blade(
                  () => import('../features/recovery-plans/plan-panes'),
                  ['plans', 'panes', 'hyperv', 'automation'],
                  (m) => m.PlanTestFailoverPane,
                ),
              },
              {
                path: 'cleanup-test-failover',
                lazy: blade(
                  () => import('../features/recovery-plans/plan-panes'),
                  ['plans', 'panes', 'hyperv', 'automation'],
                  (m) => m.PlanTestFailoverCleanupPane,
                ),
              },
            ],
          },
          {
            path: 'infrastructure',
            lazy: blade(
              () => import('../features/infrastructure/infrastructure-blade'),
              ['infra', 'vault'],
              (m) => m.InfrastructureBlade,
            ),
          },
          {
            path: 'infrastructure/configuration-servers',
            lazy: blade(
              () => import('../features/infrastructure/configuration-servers-blade'),
              ['infra', 'vault'],
              (m) => m.ConfigurationServersBlade,
            ),
          },
          {
            path: 'infrastructure/configuration-servers/:server',
            lazy: blade(
              () => import('../features/infrastructure/configuration-server-blade'),
              ['infra', 'vault'],
              (m) => m.ConfigurationServerBlade,
            ),
            children: [
              {
                path: 'add-process-server',
                lazy: blade(
                  () => import('../features/add-process-server/add-process-server-pane'),
                  ['infra', 'panes', 'automation'],
                  (m) => m.AddProcessServerPane,
                ),
              },
              {
                path: 'process-servers/:processServer/delete',
                lazy: blade(
                  () => import('../features/infrastructure/delete-process-server-dialog'),
                  ['infra', 'panes'],
                  (m) => m.DeleteProcessServerDialog,
                ),
              },
            ],
          },
          {
            path: 'infrastructure/replication-policies',
            lazy: blade(
              () => import('../features/infrastructure/replication-policies-blade'),
              ['infra', 'vault'],
              (m) => m.ReplicationPoliciesBlade,
            ),
          },
          {
            path: '*',
            lazy: blade(
              () => import('../components/not-found-blade'),
              ['vault'],
              (m) => m.NotFoundBlade,
            ),
          },
        ],
      },
      {
        path: 'lab',
        lazy: blade(
          () => import('../features/lab/lab-blade'),
          ['lab'],
          (m) => m.LabBlade,
        ),
      },
      // docs/runbooks.md §3: the training blades.
      {
        path: 'runbooks',
        lazy: blade(
          () => import('../features/runbooks/runbooks-blade'),
          ['runbooks'],
          (m) => m.RunbooksBlade,
        ),
      },
      {
        path: 'runbooks/:id',
        lazy: blade(
          () => import('../features/runbooks/runbook-blade'),
          ['runbooks'],
          (m) => m.RunbookBlade,
        ),
      },
      {
        path: 'runbooks/:id/report',
        lazy: blade(
          () => import('../features/runbooks/runbook-report-blade'),
          ['runbooks'],
          (m) => m.RunbookReportBlade,
        ),
      },
      {
        path: '*',
        lazy: blade(
          () => import('../components/not-found-blade'),
          ['vault'],
          (m) => m.NotFoundBlade,
        ),
      },
    ],
  },
];

export const createAppRouter = () => createBrowserRouter(routes);

import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { DEFAULT_VAULT } from '../api/arm-paths';
import { Shell } from './shell';
import { RouteError } from './route-error';

/**
 * docs/ui-names.md §2. Blades are lazy so the first load stays small; panes are child routes of the
 * item blade (rendered by its <Outlet/>), so every step has a deep link.
 */
export const routes: RouteObject[] = [
  {
    path: '/',
    element: <Shell />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <Navigate to={`/vaults/${DEFAULT_VAULT}`} replace /> },
      {
        path: 'vaults/:vault',
        lazy: () => import('../features/vault/vault-layout').then((m) => ({ Component: m.VaultLayout })),
        children: [
          {
            index: true,
            lazy: () =>
              import('../features/vault/vault-overview-blade').then((m) => ({
                Component: m.VaultOverviewBlade,
              })),
          },
          {
            path: 'replicated-items',
            lazy: () =>
              import('../features/replicated-items/replicated-items-blade').then((m) => ({
                Component: m.ReplicatedItemsBlade,
              })),
          },
          {
            path: 'replicated-items/:item',
            lazy: () =>
              import('../features/replicated-items/item-blade').then((m) => ({ Component: m.ItemBlade })),
            children: [
              {
                path: 'reprotect',
                lazy: () =>
                  import('../features/reprotect/reprotect-pane').then((m) => ({
                    Component: m.ReprotectPane,
                  })),
              },
              {
                path: 'unplanned-failover',
                lazy: () =>
                  import('../features/failover/unplanned-failover-pane').then((m) => ({
                    Component: m.UnplannedFailoverPane,
                  })),
              },
              {
                path: 'commit',
                lazy: () =>
                  import('../features/commit/commit-dialog').then((m) => ({ Component: m.CommitDialog })),
              },
              {
                path: 'planned-failover',
                lazy: () =>
                  import('../features/planned-failover/planned-failover-pane').then((m) => ({
                    Component: m.PlannedFailoverPane,
                  })),
              },
              {
                path: 'change-recovery-point',
                lazy: () =>
                  import('../features/change-recovery-point/change-recovery-point-pane').then((m) => ({
                    Component: m.ChangeRecoveryPointPane,
                  })),
              },
              {
                path: 'reverse-replicate',
                lazy: () =>
                  import('../features/reverse-replicate/reverse-replicate-pane').then((m) => ({
                    Component: m.ReverseReplicatePane,
                  })),
              },
              {
                path: 'test-failover',
                lazy: () =>
                  import('../features/failover/test-failover-pane').then((m) => ({
                    Component: m.TestFailoverPane,
                  })),
              },
              {
                path: 'cleanup-test-failover',
                lazy: () =>
                  import('../features/failover/test-failover-cleanup-pane').then((m) => ({
                    Component: m.TestFailoverCleanupPane,
                  })),
              },
              {
                path: 'complete-migration',
                lazy: () =>
                  import('../features/end-protection/end-protection-dialog').then((m) => ({
                    Component: m.CompleteMigrationDialog,
                  })),
              },
              {
                path: 'disable-replication',
                lazy: () =>
                  import('../features/end-protection/end-protection-dialog').then((m) => ({
                    Component: m.DisableReplicationDialog,
                  })),
              },
            ],
          },
          {
            path: 'jobs',
            lazy: () => import('../features/jobs/jobs-blade').then((m) => ({ Component: m.JobsBlade })),
          },
          {
            path: 'jobs/:job',
            lazy: () => import('../features/jobs/job-blade').then((m) => ({ Component: m.JobBlade })),
          },
          {
            path: 'recovery-plans',
            lazy: () =>
              import('../features/recovery-plans/recovery-plans-blade').then((m) => ({
                Component: m.RecoveryPlansBlade,
              })),
          },
          {
            path: 'recovery-plans/:plan',
            lazy: () =>
              import('../features/recovery-plans/recovery-plan-blade').then((m) => ({
                Component: m.RecoveryPlanBlade,
              })),
            // RPL-1: the plan panes, rendered by the plan blade's <Outlet/>.
            children: [
              {
                path: 'reprotect',
                lazy: () =>
                  import('../features/recovery-plans/plan-panes').then((m) => ({
                    Component: m.PlanReprotectPane,
                  })),
              },
              {
                path: 'unplanned-failover',
                lazy: () =>
                  import('../features/recovery-plans/plan-panes').then((m) => ({
                    Component: m.PlanUnplannedFailoverPane,
                  })),
              },
              {
                path: 'planned-failover',
                lazy: () =>
                  import('../features/recovery-plans/plan-panes').then((m) => ({
                    Component: m.PlanPlannedFailoverPane,
                  })),
              },
              {
                path: 'commit',
                lazy: () =>
                  import('../features/recovery-plans/plan-commit-dialog').then((m) => ({
                    Component: m.PlanCommitDialog,
                  })),
              },
              {
                path: 'test-failover',
                lazy: () =>
                  import('../features/recovery-plans/plan-panes').then((m) => ({
                    Component: m.PlanTestFailoverPane,
                  })),
              },
              {
                path: 'cleanup-test-failover',
                lazy: () =>
                  import('../features/recovery-plans/plan-panes').then((m) => ({
                    Component: m.PlanTestFailoverCleanupPane,
                  })),
              },
            ],
          },
          {
            path: 'infrastructure',
            lazy: () =>
              import('../features/infrastructure/infrastructure-blade').then((m) => ({
                Component: m.InfrastructureBlade,
              })),
          },
          {
            path: 'infrastructure/configuration-servers',
            lazy: () =>
              import('../features/infrastructure/configuration-servers-blade').then((m) => ({
                Component: m.ConfigurationServersBlade,
              })),
          },
          {
            path: 'infrastructure/configuration-servers/:server',
            lazy: () =>
              import('../features/infrastructure/configuration-server-blade').then((m) => ({
                Component: m.ConfigurationServerBlade,
              })),
            children: [
              {
                path: 'add-process-server',
                lazy: () =>
                  import('../features/add-process-server/add-process-server-pane').then((m) => ({
                    Component: m.AddProcessServerPane,
                  })),
              },
              {
                path: 'process-servers/:processServer/delete',
                lazy: () =>
                  import('../features/infrastructure/delete-process-server-dialog').then((m) => ({
                    Component: m.DeleteProcessServerDialog,
                  })),
              },
            ],
          },
          {
            path: 'infrastructure/replication-policies',
            lazy: () =>
              import('../features/infrastructure/replication-policies-blade').then((m) => ({
                Component: m.ReplicationPoliciesBlade,
              })),
          },
          {
            path: '*',
            lazy: () => import('../components/not-found-blade').then((m) => ({ Component: m.NotFoundBlade })),
          },
        ],
      },
      {
        path: 'lab',
        lazy: () => import('../features/lab/lab-blade').then((m) => ({ Component: m.LabBlade })),
      },
      // docs/runbooks.md §3: the training blades.
      {
        path: 'runbooks',
        lazy: () =>
          import('../features/runbooks/runbooks-blade').then((m) => ({ Component: m.RunbooksBlade })),
      },
      {
        path: 'runbooks/:id',
        lazy: () => import('../features/runbooks/runbook-blade').then((m) => ({ Component: m.RunbookBlade })),
      },
      {
        path: 'runbooks/:id/report',
        lazy: () =>
          import('../features/runbooks/runbook-report-blade').then((m) => ({
            Component: m.RunbookReportBlade,
          })),
      },
      {
        path: '*',
        lazy: () => import('../components/not-found-blade').then((m) => ({ Component: m.NotFoundBlade })),
      },
    ],
  },
];

export const createAppRouter = () => createBrowserRouter(routes);

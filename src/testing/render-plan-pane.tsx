import type { ReactElement, ReactNode } from 'react';
import { Toolbar, ToolbarButton } from '@fluentui/react-components';
import { Outlet } from 'react-router';
import { renderWithProviders } from './render';

export interface PlanPaneOptions {
  vault?: string;
  plan: string;
  /** The pane's path under the plan blade, e.g. `reprotect`. */
  child: string;
  /**
   * What the stand-in blade shows besides its heading. By default a Fluent toolbar, like the real
   * command bar: with no Fluent focus-management user left, a closing modal leaves aria-hidden behind.
   */
  blade?: ReactNode;
}

/** A plan pane as the plan blade's child route (`…/recovery-plans/:plan/<child>`), as the app mounts it. */
export function renderPlanPane(
  pane: ReactElement,
  { vault = 'contoso-vault', plan, child, blade }: PlanPaneOptions,
) {
  return renderWithProviders(<h1>home</h1>, {
    route: `/vaults/${vault}/recovery-plans/${plan}/${child}`,
    routes: [
      {
        path: '/vaults/:vault/recovery-plans/:plan',
        element: (
          <div>
            <h1>plan blade</h1>
            {blade ?? (
              <Toolbar aria-label="Commands">
                <ToolbarButton>Refresh</ToolbarButton>
              </Toolbar>
            )}
            <Outlet />
          </div>
        ),
        children: [{ path: child, element: pane }],
      },
    ],
  });
}

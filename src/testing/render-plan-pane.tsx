import type { ReactElement, ReactNode } from 'react';
import { renderPaneRoute } from './render-pane';

export interface PlanPaneOptions {
  vault?: string;
  plan: string;
  /** The pane's path under the plan blade, e.g. `reprotect`. */
  child: string;
  /** What the stand-in blade shows besides its heading (by default a Fluent toolbar, see renderPaneRoute). */
  blade?: ReactNode;
}

/** A plan pane as the plan blade's child route (`…/recovery-plans/:plan/<child>`), as the app mounts it. */
export function renderPlanPane(
  pane: ReactElement,
  { vault = 'contoso-vault', plan, child, blade }: PlanPaneOptions,
) {
  return renderPaneRoute(pane, {
    bladePath: '/vaults/:vault/recovery-plans/:plan',
    bladeUrl: `/vaults/${vault}/recovery-plans/${plan}`,
    child,
    heading: 'plan blade',
    blade,
  });
}

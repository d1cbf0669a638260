import type { ReactElement, ReactNode } from 'react';
import { Toolbar, ToolbarButton } from '@fluentui/react-components';
import { Outlet, createMemoryRouter } from 'react-router';
import { renderRouter } from './render';

export interface PaneRouteOptions {
  /** The parent blade's route pattern, e.g. `/vaults/:vault/replicated-items/:item`. */
  bladePath: string;
  /** The parent blade's URL, e.g. `/vaults/contoso-vault/replicated-items/web-01`. */
  bladeUrl: string;
  /** The pane's path under the blade, e.g. `reprotect`. */
  child: string;
  /** The stand-in blade's h1. */
  heading: string;
  /**
   * What the stand-in blade shows besides its heading. By default a Fluent toolbar, like the real
   * command bar: with no Fluent focus-management user left on the page, a closing modal leaves
   * aria-hidden behind (microsoft/tabster#530).
   */
  blade?: ReactNode;
}

/** Test helper: a pane as its blade's child route, as the app mounts it, opened from the home page. */
export function renderPaneRoute(
  pane: ReactElement,
  { bladePath, bladeUrl, child, heading, blade }: PaneRouteOptions,
) {
  return renderRouter(
    createMemoryRouter(
      [
        {
          path: bladePath,
          element: (
            <div>
              <h1>{heading}</h1>
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
        { path: '/', element: <h1>home</h1> },
      ],
      { initialEntries: ['/', `${bladeUrl}/${child}`], initialIndex: 1 },
    ),
  );
}

/** Test helper: an item pane as the item blade's child route (`…/replicated-items/:item/<child>`). */
export function renderPane(
  pane: ReactElement,
  { vault, item, child }: { vault: string; item: string; child: string },
) {
  return renderPaneRoute(pane, {
    bladePath: '/vaults/:vault/replicated-items/:item',
    bladeUrl: `/vaults/${vault}/replicated-items/${item}`,
    child,
    heading: 'item blade',
  });
}

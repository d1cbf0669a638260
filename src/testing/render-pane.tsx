import type { ReactElement } from 'react';
import { Toolbar, ToolbarButton } from '@fluentui/react-components';
import { Outlet, createMemoryRouter } from 'react-router';
import { renderRouter } from './render';

/**
 * Test helper: a pane as the item blade's child route, as the app mounts it. The stand-in blade
 * keeps a Fluent toolbar mounted like the real command bar: with no Fluent focus-management user
 * left on the page, a closing modal leaves aria-hidden behind (microsoft/tabster#530).
 */
export function renderPane(
  pane: ReactElement,
  { vault, item, child }: { vault: string; item: string; child: string },
) {
  return renderRouter(
    createMemoryRouter(
      [
        {
          path: '/vaults/:vault/replicated-items/:item',
          element: (
            <div>
              <h1>item blade</h1>
              <Toolbar aria-label="Commands">
                <ToolbarButton>Refresh</ToolbarButton>
              </Toolbar>
              <Outlet />
            </div>
          ),
          children: [{ path: child, element: pane }],
        },
        { path: '/', element: <h1>home</h1> },
      ],
      { initialEntries: ['/', `/vaults/${vault}/replicated-items/${item}/${child}`], initialIndex: 1 },
    ),
  );
}

import type { ReactElement } from 'react';
import { render } from '@testing-library/react';
import { FluentProvider, Toolbar, ToolbarButton, webLightTheme } from '@fluentui/react-components';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { I18nextProvider } from 'react-i18next';
import { Outlet, RouterProvider, createMemoryRouter } from 'react-router';
import { i18n } from '../i18n';

/**
 * Test helper: a pane as the item blade's child route, as the app mounts it. The stand-in blade
 * keeps a Fluent toolbar mounted like the real command bar: with no Fluent focus-management user
 * left on the page, a closing modal leaves aria-hidden behind (microsoft/tabster#530).
 */
export function renderPane(
  pane: ReactElement,
  { vault, item, child }: { vault: string; item: string; child: string },
) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = createMemoryRouter(
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
  );
  const result = render(
    <FluentProvider theme={webLightTheme}>
      <QueryClientProvider client={queryClient}>
        <I18nextProvider i18n={i18n}>
          <RouterProvider router={router} />
        </I18nextProvider>
      </QueryClientProvider>
    </FluentProvider>,
  );
  return { ...result, router, queryClient };
}

import type { ReactElement } from 'react';
import { render } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';

type MemoryRouter = ReturnType<typeof createMemoryRouter>;
import { i18n } from '../i18n';

export interface RenderOptions {
  /** The URL the memory router starts at, e.g. `/vaults/contoso-vault/replicated-items`. */
  route?: string;
  /** The route pattern `ui` is mounted at, e.g. `/vaults/:vault/replicated-items`. */
  path?: string;
  /** Extra routes (e.g. the targets of links the test follows). */
  routes?: RouteObject[];
}

/** Renders with the app's real providers; fetch is answered by msw/node (src/testing/setup.ts). */
export function renderWithProviders(
  ui: ReactElement,
  { route = '/', path = '/', routes = [] }: RenderOptions = {},
) {
  return renderRouter(createMemoryRouter([{ path, element: ui }, ...routes], { initialEntries: [route] }));
}

/** Renders a memory router inside the app's real providers, with a fresh query client (no retries). */
export function renderRouter(router: MemoryRouter) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
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

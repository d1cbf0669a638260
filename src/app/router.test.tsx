import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import { createMemoryRouter } from 'react-router';
import { renderRouter } from '../testing/render';
import { routes } from './router';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the app router (docs/ui-names.md §2)', () => {
  it('the first navigation shows a named progress indicator while its lazy routes load, with no warning', async () => {
    const warn = vi.spyOn(console, 'warn');
    renderRouter(createMemoryRouter(routes, { initialEntries: ['/vaults/contoso-vault'] }));
    // Before the router's first render: not a blank page.
    expect(screen.getByRole('progressbar', { name: 'Loading…' })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 1, name: 'contoso-vault' })).toBeInTheDocument();
    expect(warn.mock.calls.flat().join('\n')).not.toMatch(/HydrateFallback/);
  });

  it('/ lands on the vault, with nothing on the console', async () => {
    const warn = vi.spyOn(console, 'warn');
    const { router } = renderRouter(createMemoryRouter(routes, { initialEntries: ['/'] }));
    expect(await screen.findByRole('heading', { level: 1, name: 'contoso-vault' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/vaults/contoso-vault');
    expect(warn.mock.calls.flat().join('\n')).toBe('');
  });
});

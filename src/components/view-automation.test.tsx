import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../testing/render';
import { ViewAutomation } from './view-automation';

const request = {
  method: 'POST' as const,
  path: '/subscriptions/s/resourceGroups/rg/providers/Microsoft.RecoveryServices/vaults/v/replicationFabrics/f/replicationProtectionContainers/c/replicationProtectedItems/web-01/failoverCommit',
  body: {},
};

function stubClipboard(writeText: (text: string) => Promise<void>) {
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
}

afterEach(() => {
  Reflect.deleteProperty(navigator, 'clipboard');
});

describe('View automation (docs/ui-names.md §4, §10)', () => {
  it('a toggle shows three labelled blocks; Copy puts the code on the clipboard and says so politely', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn(() => Promise.resolve());
    renderWithProviders(<ViewAutomation request={request} powershell="$job = Start-It" />);
    const toggle = await screen.findByRole('button', { name: 'View automation' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('region', { name: 'ARM request' })).toBeNull();
    // Keyboard: the toggle opens with Enter.
    toggle.focus();
    await user.keyboard('{Enter}');
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const arm = screen.getByRole('region', { name: 'ARM request' });
    expect(arm).toHaveTextContent(
      /POST https:\/\/management\.azure\.com\/subscriptions\/s\/.*\/failoverCommit\?api-version=/,
    );
    expect(screen.getByRole('region', { name: 'PowerShell' })).toHaveTextContent('$job = Start-It');
    const azRest = screen.getByRole('region', { name: 'az rest' });
    expect(azRest).toHaveTextContent("--body '{}'");

    stubClipboard(writeText);
    await user.click(within(azRest).getByRole('button', { name: 'Copy az rest' }));
    expect(writeText).toHaveBeenCalledWith(expect.stringMatching(/^az rest --method post/));
    expect(within(azRest).getByRole('status')).toHaveTextContent('Copied');
    await user.click(toggle);
    expect(screen.queryByRole('region', { name: 'az rest' })).toBeNull();
  });

  it('a refused clipboard is said, not thrown', async () => {
    const user = userEvent.setup();
    renderWithProviders(<ViewAutomation request={request} powershell="$job = Start-It" />);
    await user.click(await screen.findByRole('button', { name: 'View automation' }));
    stubClipboard(() => Promise.reject(new Error('denied')));
    const powershell = screen.getByRole('region', { name: 'PowerShell' });
    await user.click(within(powershell).getByRole('button', { name: 'Copy PowerShell' }));
    expect(await within(powershell).findByRole('status')).toHaveTextContent(/^Copy failed/);
  });
});

import { useState } from 'react';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HeaderDialogButton } from './header-dialog-button';
import { Command, CommandBar } from './command-bar';

/**
 * docs/ui-names.md §10: Esc closes the open dialog at any moment. A visible Fluent Tooltip swallows Esc
 * (document capture phase): the timers are frozen here, so a tooltip left up when the dialog
 * opened, or popped up over it, stays up and the Esc would be lost.
 */
beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

const wait = (ms: number) => act(() => vi.advanceTimersByTime(ms));

describe('HeaderDialogButton', () => {
  it('Esc closes the dialog even though the tooltip was up when it opened', () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <HeaderDialogButton
          label="Simulation clock"
          icon={<span />}
          title="Simulation clock"
          closeText="Close"
        >
          {() => <button>Advance 1 minute</button>}
        </HeaderDialogButton>
      </FluentProvider>,
    );
    const opener = screen.getByRole('button', { name: 'Simulation clock' });
    fireEvent.pointerEnter(opener);
    wait(1000);
    expect(screen.getByRole('tooltip')).toBeInTheDocument();
    fireEvent.click(opener);
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
    const advance = screen.getByRole('button', { name: 'Advance 1 minute' });
    fireEvent.click(advance);
    fireEvent.keyDown(advance, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});

function Blade() {
  const [reason, setReason] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  return (
    <FluentProvider theme={webLightTheme}>
      <CommandBar>
        <Command disabledReason={reason} onClick={() => setConfirming(true)}>
          Commit
        </Command>
      </CommandBar>
      {confirming ? (
        <div
          role="dialog"
          aria-modal="true"
          aria-label="Commit"
          onKeyDown={(event) => {
            if (event.key === 'Escape' && !event.defaultPrevented) setConfirming(false);
          }}
        >
          <button onClick={() => setReason('A job is running')}>OK</button>
        </div>
      ) : null}
    </FluentProvider>
  );
}

describe('Command', () => {
  it('its reason does not pop up over the dialog its OK disabled it from (Esc still closes)', () => {
    render(<Blade />);
    const commit = screen.getByRole('button', { name: 'Commit' });
    fireEvent.pointerEnter(commit);
    wait(1000);
    fireEvent.click(commit);
    const ok = screen.getByRole('button', { name: 'OK' });
    fireEvent.click(ok);
    wait(0);
    fireEvent.keyDown(ok, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});

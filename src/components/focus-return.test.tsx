import { useState } from 'react';
import { act, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useReturnFocus } from './focus-return';

function Modal() {
  useReturnFocus();
  return <input aria-label="inside" autoFocus />;
}

/** A blade whose opener may re-render as another element (a command that became disabled). */
function Blade({ replaceOpener = false, dropOpener = false }) {
  const [open, setOpen] = useState(false);
  const [closed, setClosed] = useState(false);
  const opener =
    closed && dropOpener ? null : closed && replaceOpener ? (
      <button key="new" aria-disabled="true">
        Re-protect
      </button>
    ) : (
      <button key="old" onClick={() => setOpen(true)}>
        Re-protect
      </button>
    );
  return (
    <main>
      <h1 tabIndex={-1}>web-01</h1>
      {opener}
      <button onClick={() => (setOpen(false), setClosed(true))}>close</button>
      {open ? <Modal /> : null}
    </main>
  );
}

async function openThenClose() {
  const opener = screen.getByRole('button', { name: 'Re-protect' });
  act(() => opener.focus());
  act(() => opener.click());
  expect(screen.getByRole('textbox', { name: 'inside' })).toHaveFocus();
  act(() => screen.getByRole('button', { name: 'close' }).click());
}

describe('focus returns to the opener when a pane or route dialog closes (docs/ui-names.md §10)', () => {
  it('to the control that opened it', async () => {
    render(<Blade />);
    await openThenClose();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Re-protect' })).toHaveFocus());
  });

  it('to a control with the same name when the opener was re-rendered as another element', async () => {
    render(<Blade replaceOpener />);
    await openThenClose();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Re-protect' })).toHaveFocus());
  });

  it("to the blade's h1 when the opener is gone", async () => {
    render(<Blade dropOpener />);
    await openThenClose();
    await waitFor(() => expect(screen.getByRole('heading', { name: 'web-01' })).toHaveFocus());
  });
});

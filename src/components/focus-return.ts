import { useLayoutEffect, useState } from 'react';

/**
 * docs/ui-names.md §10: when a dialog or pane closes, focus returns to the control that opened it; if
 * that control is gone (re-rendered as another element), to a control with the same name in the
 * blade; else to the blade's h1. Panes and route dialogs are routes, unmounted by navigation, so
 * Fluent cannot do it for them: the opener is remembered at mount, focus is put back after unmount.
 */
let pendingRestore: ReturnType<typeof setTimeout> | undefined;

export function useReturnFocus() {
  const [opener] = useState(() => currentFocus());
  useLayoutEffect(() => {
    // A remount (React StrictMode, or one modal following another) is not a close.
    clearTimeout(pendingRestore);
    return () => {
      clearTimeout(pendingRestore);
      pendingRestore = setTimeout(() => returnFocus(opener), 0);
    };
  }, [opener]);
}

function currentFocus(): HTMLElement | null {
  if (typeof document === 'undefined') return null;
  const active = document.activeElement;
  return active instanceof HTMLElement && active !== document.body ? active : null;
}

// The blade may still be aria-hidden by the closing modal for a moment: only presence counts.
const usable = (element: HTMLElement | null): element is HTMLElement => !!element && element.isConnected;

const nameOf = (element: HTMLElement) =>
  element.getAttribute('aria-label') ?? element.textContent?.trim() ?? '';

/** Focus the opener, its namesake, or the blade's h1, unless another dialog has taken focus. */
export function returnFocus(opener: HTMLElement | null) {
  const active = document.activeElement;
  if (active && active !== document.body && active.closest('[role="dialog"], [role="alertdialog"]')) return;
  let target: HTMLElement | null = usable(opener) ? opener : null;
  if (!target && opener) {
    const name = nameOf(opener);
    const candidates = document.querySelectorAll<HTMLElement>(`main ${opener.tagName.toLowerCase()}`);
    target = [...candidates].find((candidate) => usable(candidate) && nameOf(candidate) === name) ?? null;
  }
  target ??= document.querySelector<HTMLElement>('main h1');
  target?.focus();
}

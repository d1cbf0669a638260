import { useState } from 'react';

/**
 * docs/ui-names.md §10: Esc closes the open dialog or pane at any moment. A visible Fluent Tooltip
 * listens for Esc on the whole document, in the capture phase, and swallows it (preventDefault):
 * the dialog's own Esc handler then ignores it. A tooltip shown just before its dialog opened (the
 * show delay elapsed while the dialog rendered) can stay up for its hide delay, longer when the
 * machine is busy, and an Esc pressed meanwhile was lost.
 *
 * So a tooltip is controlled here: it is shown only while `allowed` (e.g. its dialog is closed)
 * and no modal dialog outside its trigger is open; it never remembers a wish to show from before
 * (Fluent reports no change while the controlled value stays hidden, so a stale wish would pop it
 * up later, over a dialog).
 */
export function useTooltipVisibility(allowed = true) {
  const [wanted, setWanted] = useState(false);
  if (wanted && !allowed) setWanted(false);
  return {
    visible: wanted && allowed,
    onVisibleChange: (event: { target?: EventTarget | null } | undefined, data: { visible: boolean }) =>
      setWanted(data.visible && allowed && !modalOpenOutside(event?.target)),
    hide: () => setWanted(false),
  };
}

function modalOpenOutside(target: EventTarget | null | undefined): boolean {
  if (typeof document === 'undefined') return false;
  const node = target instanceof Node ? target : null;
  return [...document.querySelectorAll('[aria-modal="true"]')].some(
    (modal) => !node || !modal.contains(node),
  );
}

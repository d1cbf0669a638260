import { afterAll, beforeAll } from 'vitest';

/**
 * jsdom does no layout: `offsetParent` is always null, so Fluent's focus manager (tabster) deems
 * every element invisible, cannot move focus into a modal dialog that just opened and may leave it
 * aria-hidden. Call at the top of a test file that opens Fluent dialogs to give elements a layout
 * parent for the duration of the file.
 */
export function withFocusableLayout() {
  const offsetParent = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'offsetParent');
  const bodyRect = document.body.getBoundingClientRect.bind(document.body);
  beforeAll(() => {
    Object.defineProperty(HTMLElement.prototype, 'offsetParent', {
      configurable: true,
      get(this: HTMLElement) {
        return this.parentElement;
      },
    });
    document.body.getBoundingClientRect = () => DOMRect.fromRect({ width: 1024, height: 768 });
  });
  afterAll(() => {
    if (offsetParent) Object.defineProperty(HTMLElement.prototype, 'offsetParent', offsetParent);
    document.body.getBoundingClientRect = bodyRect;
  });
}

/**
 * jsdom caches each element's computed style and drops the whole cache on any change that can
 * alter one (a node or attribute change, a style sheet or rule change: its `_styleCache`). Yet each
 * getComputedStyle call copies the cached declaration property by property, re-parsing every value;
 * with Fluent's style sheets in the document that copy was a fifth of the component tests' CPU
 * (Testing Library calls it for each element a role query or accessible name looks at, Floating UI
 * for each ancestor of a positioned surface). This hands out the same (read-only) declaration
 * until jsdom drops its cache: what jsdom would have returned, without the copy.
 */
const INSTALLED = Symbol.for('site-recovery-simulator.computed-style-cache');

export function cacheComputedStyle() {
  // Node-environment files have no document; the setup runs again for each file (isolate: false).
  if (typeof document === 'undefined' || (window as unknown as Record<symbol, boolean>)[INSTALLED]) return;
  const impl = Object.getOwnPropertySymbols(document).find((s) => s.description === 'impl');
  const documentImpl = impl && (document as unknown as Record<symbol, { _styleCache?: unknown }>)[impl];
  // Another jsdom (or DOM) without that cache: leave getComputedStyle alone.
  if (!documentImpl || !(documentImpl._styleCache instanceof WeakMap)) return;
  const original = window.getComputedStyle.bind(window);
  let generation: unknown = null;
  let declarations = new WeakMap<Element, CSSStyleDeclaration>();
  const cached = (element: Element, pseudoElement?: string | null) => {
    // Its cache is the main document's: other documents' elements and pseudo-elements go to jsdom.
    if (pseudoElement || element.ownerDocument !== document) return original(element, pseudoElement);
    if (documentImpl._styleCache !== generation) {
      generation = documentImpl._styleCache;
      declarations = new WeakMap();
    }
    let declaration = declarations.get(element);
    if (!declaration) {
      declaration = original(element);
      declarations.set(element, declaration);
    }
    return declaration;
  };
  // Testing Library and Floating UI call the element's window's; code calling the global gets it too.
  window.getComputedStyle = cached;
  globalThis.getComputedStyle = cached;
  (window as unknown as Record<symbol, boolean>)[INSTALLED] = true;
}

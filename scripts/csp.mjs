/**
 * The Content-Security-Policy of the built portal: everything it loads is its own (scripts, the
 * simulated backend's service worker, same-origin API calls). Served as a `<meta>` in the built
 * index.html (any static host) and as a header by `vite preview`, which can also forbid framing
 * (`frame-ancestors` is ignored in a `<meta>`). The dev server injects inline scripts (React
 * refresh), so it gets neither. e2e/content-security-policy.spec.ts opens every blade under it.
 */

/**
 * Griffel (Fluent's CSS-in-JS) adds empty <style> elements and fills them through CSSOM
 * insertRule, which CSP does not police; an empty inline <style> is still checked, and is allowed
 * by the hash of the empty string, so neither 'unsafe-inline' nor a nonce is needed. React sets
 * `style` props through CSSOM too.
 */
const EMPTY_STYLE_HASH = "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='";

const directives = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', `'self' ${EMPTY_STYLE_HASH}`],
  ['img-src', "'self'"],
  ['font-src', "'self'"],
  // The portal calls only its own origin (the simulated ARM API, answered by the service worker).
  ['connect-src', "'self'"],
  ['worker-src', "'self'"],
  ['manifest-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'self'"],
];

/** The policy for a `<meta http-equiv>` (no frame-ancestors: browsers ignore it there). */
export const META_CONTENT_SECURITY_POLICY = directives.map(([name, value]) => `${name} ${value}`).join('; ');

/** The policy as a response header: the meta's, and the portal is never framed. */
export const HEADER_CONTENT_SECURITY_POLICY = `${META_CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`;

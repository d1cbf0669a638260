import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import griffel from '@griffel/vite-plugin';
import { HEADER_CONTENT_SECURITY_POLICY, META_CONTENT_SECURITY_POLICY } from './scripts/csp.mjs';

/**
 * The built index.html carries the policy, right after its charset so it covers every element
 * after it; `vite` (dev) injects inline scripts (React refresh), so it never gets it.
 */
function contentSecurityPolicyMeta(): Plugin {
  const charset = '<meta charset="UTF-8" />';
  return {
    name: 'content-security-policy-meta',
    apply: 'build',
    transformIndexHtml(html) {
      if (!html.includes(charset)) throw new Error(`index.html has no ${charset} to put the policy after.`);
      return html.replace(
        charset,
        `${charset}\n    <meta http-equiv="Content-Security-Policy" content="${META_CONTENT_SECURITY_POLICY}" />`,
      );
    },
  };
}

/**
 * index.html preloads the simulated backend's chunk (msw + simulation, docs/performance.md):
 * src/main.tsx imports it at once, and the first blade's data waits for it, so the browser fetches
 * it beside the entry rather than after the entry has run.
 */
function preloadSimulatedBackend(): Plugin {
  let base = '/';
  return {
    name: 'preload-simulated-backend',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        const chunk = Object.values(bundle ?? {}).find(
          (output) => output.type === 'chunk' && output.facadeModuleId?.endsWith('/mocks/browser.ts'),
        );
        if (!chunk) return html;
        // Last in <head>: after the policy's <meta> (which covers only what follows it) and the entry.
        const link = `<link rel="modulepreload" crossorigin href="${base}${chunk.fileName}">`;
        return html.replace('</head>', `  ${link}\n  </head>`);
      },
    },
  };
}

/**
 * Griffel's build-time transform (@griffel/vite-plugin, wyw-in-js): the app's own `makeStyles` and
 * `makeResetStyles` become precompiled `__styles` / `__resetStyles`, as Fluent's components ship,
 * so Griffel's runtime CSS compiler (stylis, rtl-css-js) leaves the bundle (docs/performance.md).
 * Build only: dev and the jsdom tests keep the runtime path. Files without a call are skipped before
 * wyw-in-js parses them.
 */
function griffelStyles(): Plugin {
  // Style objects need no DOM (happy-dom) and no babel or wyw-in-js config file to evaluate; the
  // other flags are wyw-in-js's defaults (its type wants every flag).
  const plugin = griffel({
    configFile: false,
    features: {
      happyDOM: false,
      useBabelConfigs: false,
      dangerousCodeRemover: true,
      globalCache: true,
      softErrors: false,
      useWeakRefInEval: true,
    },
  });
  const transform = plugin.transform as (this: unknown, code: string, id: string) => unknown;
  return {
    ...plugin,
    apply: 'build',
    transform(code, id) {
      return /\bmake(Reset)?Styles\(/.test(code) ? transform.call(this, code, id) : undefined;
    },
  } as Plugin;
}

export default defineConfig({
  plugins: [react(), griffelStyles(), contentSecurityPolicyMeta(), preloadSimulatedBackend()],
  resolve: {
    // msw's cookie jar (tough-cookie + the public-suffix list) is most of its browser chunk; the
    // simulated API sets no cookies, so a stub keeps the backend chunk small.
    alias: {
      'tough-cookie': fileURLToPath(new URL('./mocks/tough-cookie-stub.ts', import.meta.url)),
    },
  },
  build: { sourcemap: true, chunkSizeWarningLimit: 700 },
  preview: {
    port: 4173,
    strictPort: true,
    host: '127.0.0.1',
    headers: { 'Content-Security-Policy': HEADER_CONTENT_SECURITY_POLICY },
  },
});

import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
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

export default defineConfig({
  plugins: [react(), contentSecurityPolicyMeta()],
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

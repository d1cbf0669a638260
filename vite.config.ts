import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  resolve: {
    // msw's cookie jar (tough-cookie + the public-suffix list) is most of its browser chunk; the
    // simulated API sets no cookies, so a stub keeps the backend chunk small.
    alias: {
      'tough-cookie': fileURLToPath(new URL('./mocks/tough-cookie-stub.ts', import.meta.url)),
    },
  },
  build: { sourcemap: true, chunkSizeWarningLimit: 700 },
  preview: { port: 4173, strictPort: true, host: '127.0.0.1' },
});

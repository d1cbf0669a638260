import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { setBackendReady } from './api/arm-client';

// The simulated backend is the product: start its service worker (own chunk) while React paints.
setBackendReady(
  import('../mocks/browser').then(({ worker }) =>
    worker.start({
      serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
      onUnhandledRequest: 'bypass',
      quiet: true,
    }),
  ),
);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <h1>Site Recovery Simulator</h1>
  </StrictMode>,
);

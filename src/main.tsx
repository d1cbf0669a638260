import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { setBackendReady } from './api/arm-client';
import { i18n } from './i18n';
import { App } from './app/app';
import { applyStartupParams } from './app/startup';
import { ErrorMessage } from './app/error-boundary';
import { StartingSpinner } from './app/shell';

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

const root = createRoot(document.getElementById('root')!);

// A spinner while the URL's scenario/speed/lang are applied, so the first blade sees the loaded world.
root.render(
  <FluentProvider theme={webLightTheme}>
    <StartingSpinner label={i18n.t('common:loading')} />
  </FluentProvider>,
);

applyStartupParams().then(
  () =>
    root.render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  (error: unknown) =>
    root.render(
      <FluentProvider theme={webLightTheme}>
        <ErrorMessage message={error instanceof Error ? error.message : String(error)} />
      </FluentProvider>,
    ),
);

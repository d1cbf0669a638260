// The floor of the first-load benchmark (docs/performance.md): the least a Fluent UI v9 page ships,
// React + FluentProvider + one Button, built by the portal's own Vite config.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Button, FluentProvider, webLightTheme } from '@fluentui/react-components';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <FluentProvider theme={webLightTheme}>
      <Button appearance="primary">Floor</Button>
    </FluentProvider>
  </StrictMode>,
);

import { http } from 'msw';
import { server } from './server';

/**
 * Holds every `method` request to `path` until the returned `release` is called, then lets it on
 * to the handler behind (a fake or the real one): a test sees the page while its request runs
 * (docs/ui-names.md §10: the pressed control keeps focus, a switch shows the choice at once).
 */
export function holdRequests(method: 'get' | 'post' | 'put' | 'patch', path: string | RegExp): () => void {
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  server.use(
    http[method](path, async () => {
      await released;
      return undefined; // on to the next handler
    }),
  );
  return () => release();
}

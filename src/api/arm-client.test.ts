import { describe, expect, it } from 'vitest';
import { http, HttpResponse } from 'msw';
import { server } from '../testing/server';
import { arm } from './arm-client';

// docs/ui-names.md §10: a switch shows the choice at once while its write is on its way; what comes next
// must see the stored choice (Playwright's check() then a pane, a Lab fix then Restart).
describe('arm client: read your writes', () => {
  it('a request made after a write waits for it, and writes keep their order', async () => {
    const seen: string[] = [];
    let release!: () => void;
    const slow = new Promise<void>((resolve) => {
      release = resolve;
    });
    server.use(
      http.patch('/test/slow', async () => {
        await slow;
        seen.push('patch 1');
        return HttpResponse.json({ ok: 1 });
      }),
      // Were it not waiting, this write would run while the first is held, and release it.
      http.patch('/test/fast', () => {
        release();
        seen.push('patch 2');
        return HttpResponse.json({ ok: 2 });
      }),
      http.get('/test/read', () => {
        release();
        seen.push('get');
        return HttpResponse.json({ ok: 3 });
      }),
    );
    const first = arm.patch('/test/slow', {});
    const second = arm.patch('/test/fast', {});
    const read = arm.get('/test/read');
    // Waiting, they cannot release it: the first write goes on after a moment by itself.
    setTimeout(release, 50);
    await Promise.all([first, second, read]);
    expect(seen).toEqual(['patch 1', 'patch 2', 'get']);
  });

  it('a refused write does not block what follows', async () => {
    server.use(
      http.patch('/test/refused', () =>
        HttpResponse.json({ error: { code: 'InvalidParameter', message: 'no' } }, { status: 400 }),
      ),
      http.get('/test/after', () => HttpResponse.json({ ok: true })),
    );
    await expect(arm.patch('/test/refused', {})).rejects.toMatchObject({ code: 'InvalidParameter' });
    await expect(arm.get('/test/after')).resolves.toEqual({ ok: true });
  });
});

// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { advanceClock } from './clock';
import { startOperation } from './operations';
import { parseWorld, serializeWorld } from './persistence';
import { fresh, reprotectBack, unwrap } from './test-helpers';

describe('persistence', () => {
  it('round-trips a world with jobs, points and notifications', () => {
    const w = advanceClock(unwrap(startOperation(fresh(), 'web-01', reprotectBack())).world, 5);
    const parsed = parseWorld(serializeWorld(w));
    expect(parsed).toEqual({ ok: true, world: w });
  });

  it('refuses another schema version', () => {
    const text = serializeWorld({ ...fresh(), schemaVersion: 2 as 1 });
    expect(parseWorld(text)).toMatchObject({ ok: false, path: '$.schemaVersion' });
  });

  it('names the JSON path of the first problem', () => {
    const w = fresh() as unknown as { items: { status: string }[] };
    w.items[3].status = 'Sleeping';
    expect(parseWorld(JSON.stringify(w))).toMatchObject({ ok: false, path: '$.items[3].status' });
    expect(parseWorld('{nope')).toMatchObject({ ok: false, path: '$' });
    expect(parseWorld('[]')).toMatchObject({ ok: false, path: '$' });
  });

  it('refuses duplicate names and dangling job references', () => {
    const w = fresh();
    w.items.push({ ...w.items[0] });
    expect(parseWorld(serializeWorld(w))).toMatchObject({ ok: false, path: '$.items[8].name' });
    const d = fresh();
    d.items[0].currentJob = 'ghost';
    expect(parseWorld(serializeWorld(d))).toMatchObject({ ok: false, path: '$.items[0].currentJob' });
  });
});

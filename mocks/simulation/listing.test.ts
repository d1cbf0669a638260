import { describe, expect, it } from 'vitest';
import { itemHealth } from './item-facts';
import { PAGE_SIZE, PLAIN, listPage, pageSizeOf } from './list-query';
import { itemCounts, listItems, listJobs } from './listing';
import { fresh } from './test-helpers';
import type { World } from './types';

/** The default world with `n` copies of its items (names `<name>-00000` …). */
function big(n: number): World {
  const world = fresh();
  const templates = world.items.filter((i) => !i.replicationGroup && !i.currentJob && !i.recoveryPlan);
  const copies = Array.from({ length: n }, (_, i) => {
    const t = templates[i % templates.length];
    return { ...t, name: `${t.name}-${String(i).padStart(5, '0')}` };
  });
  return { ...world, items: [...world.items, ...copies] };
}

function pages(world: World, query: { filter?: string; orderBy?: string; maxPageSize?: string }) {
  const names: string[] = [];
  let skipToken: string | undefined;
  for (let i = 0; i < 1000; i += 1) {
    const page = listItems(world, { ...query, skipToken });
    if (!page.ok) throw new Error(page.error.message);
    names.push(...page.value.rows.map((r) => r.name));
    if (!page.value.skipToken) break;
    skipToken = page.value.skipToken;
  }
  return names;
}

describe('ARM lists in pages (docs/api.md §2.3)', () => {
  it(`pages of ${PAGE_SIZE} continued by $skipToken reach every item once, in order`, () => {
    const world = big(1234);
    const first = listItems(world, {});
    expect(first.ok && first.value.rows).toHaveLength(PAGE_SIZE);
    expect(first.ok && first.value.count).toBe(world.items.length);
    expect(pages(world, {})).toEqual(world.items.map((i) => i.name));
  });

  it('maxpagesize: smaller pages reach the same rows; above PAGE_SIZE is capped; a bad one → 400', () => {
    const world = big(300);
    const query = { filter: "contains(FriendlyName,'-0')", orderBy: 'FriendlyName desc' };
    const first = listItems(world, { ...query, maxPageSize: '40' });
    expect(first.ok && first.value.rows).toHaveLength(40);
    expect(pages(world, { ...query, maxPageSize: '40' })).toEqual(pages(world, query));
    expect(pageSizeOf({ maxPageSize: ' 7 ' })).toEqual({ ok: true, value: 7 });
    expect(pageSizeOf({ maxPageSize: '5000' })).toEqual({ ok: true, value: PAGE_SIZE });
    expect(pageSizeOf({})).toEqual({ ok: true, value: PAGE_SIZE });
    for (const bad of ['0', '-3', '1.5', 'x', '', '1e2', '9999999999']) {
      const refused = listItems(world, { maxPageSize: bad });
      expect(refused.ok, bad).toBe(false);
      if (!refused.ok)
        expect(refused.error).toMatchObject({ code: 'InvalidParameter', target: 'maxpagesize' });
    }
  });

  it('the last page has no token; an empty list is one empty page', () => {
    const small = listItems(fresh(), {});
    expect(small.ok && small.value.skipToken).toBeNull();
    const empty = listPage([], {}, PLAIN);
    expect(empty.ok && empty.value).toEqual({ rows: [], skipToken: null, count: 0 });
  });

  it('a made-up token, or one from another query → 400 InvalidParameter on $skipToken', () => {
    const world = big(300);
    const first = listItems(world, { filter: "contains(FriendlyName,'-0')" });
    if (!first.ok || !first.value.skipToken) throw new Error('expected a second page');
    for (const skipToken of ['nope', '0.abc', first.value.skipToken]) {
      const page = listItems(world, { skipToken });
      expect(page.ok).toBe(false);
      if (!page.ok)
        expect(page.error).toMatchObject({ status: 400, code: 'InvalidParameter', target: '$skipToken' });
    }
  });

  it('$filter: eq, ne, contains, or-groups in parentheses, and; names and values case-insensitive', () => {
    const world = fresh();
    const names = (filter: string) => pages(world, { filter }).sort();
    expect(names("friendlyname eq 'WEB-01'")).toEqual(['web-01']);
    expect(names("contains(FriendlyName,'web')")).toEqual(['web-01', 'web-02', 'web-03']);
    expect(names("contains(FriendlyName,'web') and FriendlyName ne 'web-02'")).toEqual(['web-01', 'web-03']);
    expect(names("(FriendlyName eq 'web-01' or FriendlyName eq 'app-01') and Status eq 'Protected'")).toEqual(
      ['app-01'],
    );
    expect(names("SourceFabricName eq 'hv-site-01'")).toEqual(
      world.items
        .filter((i) => i.machineType === 'HyperVVM')
        .map((i) => i.name)
        .sort(),
    );
    expect(names("contains(FriendlyName,'it''s')")).toEqual([]);
  });

  it('a bad $filter or $orderby → 400 InvalidParameter naming the parameter', () => {
    const world = fresh();
    for (const filter of [
      "Name gt 'x'",
      "FriendlyName eq 'x' or",
      "(FriendlyName eq 'x'",
      "contains(Status,'P')",
      'x',
    ])
      expect(listItems(world, { filter })).toMatchObject({
        ok: false,
        error: { status: 400, target: '$filter' },
      });
    expect(listItems(world, { orderBy: 'Colour desc' })).toMatchObject({
      ok: false,
      error: { status: 400, target: '$orderby' },
    });
  });

  it('$orderby sorts before paging, name as tiebreak (docs/ui-names.md §3 orders)', () => {
    const world = big(250);
    const desc = pages(world, { orderBy: 'FriendlyName desc' });
    expect(desc).toHaveLength(world.items.length);
    expect(desc[0]).toBe('web-03');
    const byHealth = pages(world, { orderBy: 'ReplicationHealth' });
    const ranks = byHealth.map((name) =>
      itemHealth(
        world,
        world.items.find((i) => i.name === name)!,
      ),
    );
    const rank = { Critical: 0, Warning: 1, Normal: 2, None: 3 };
    expect(ranks.map((h) => rank[h])).toEqual([...ranks.map((h) => rank[h])].sort((a, b) => a - b));
  });

  it('item counts by health and status match the filtered list, without listing it', () => {
    const world = big(500);
    const counts = itemCounts(world, "contains(FriendlyName,'web')");
    if (!counts.ok) throw new Error(counts.error.message);
    expect(counts.value.total).toBe(world.items.length);
    expect(counts.value.matching).toBe(pages(world, { filter: "contains(FriendlyName,'web')" }).length);
    expect(Object.values(counts.value.byStatus).reduce((a, b) => a + b, 0)).toBe(counts.value.matching);
    expect(Object.values(counts.value.byHealth).reduce((a, b) => a + b, 0)).toBe(counts.value.matching);
    expect(itemCounts(world, 'bad')).toMatchObject({ ok: false });
  });

  it('jobs: newest first, $filter by jobStatus, pages', () => {
    const world = fresh();
    const jobs = listJobs(world, { filter: "jobStatus eq 'Succeeded'" });
    if (!jobs.ok) throw new Error(jobs.error.message);
    expect(jobs.value.rows.every((j) => j.state === 'Succeeded')).toBe(true);
    const times = jobs.value.rows.map((j) => j.startTime);
    expect(times).toEqual([...times].sort().reverse());
  });

  it('name order follows the collation (numeric, case-insensitive) in every world, new names included', () => {
    const world = fresh();
    const byName = (w: World) => pages(w, { orderBy: 'FriendlyName' });
    const first = byName(world);
    expect(first).toEqual(
      [...first].sort(new Intl.Collator('en', { numeric: true, sensitivity: 'base' }).compare),
    );
    // A later world with new names (and one gone) orders them among the others.
    const later: World = {
      ...world,
      items: [
        ...world.items.slice(1),
        { ...world.items[1], name: 'APP-2' },
        { ...world.items[1], name: 'app-10' },
        { ...world.items[1], name: '0-first' },
      ],
    };
    const names = byName(later);
    expect(names[0]).toBe('0-first');
    expect(names.indexOf('APP-2')).toBeLessThan(names.indexOf('app-10'));
    expect(names).toHaveLength(later.items.length);
  });

  it('the pages of one world are selected once: the next page is the same list, O(page) to serve', () => {
    const world = big(2000);
    const query = { filter: "contains(FriendlyName,'-0')", orderBy: 'Rpo desc' };
    const first = listItems(world, query);
    if (!first.ok) throw new Error(first.error.message);
    const again = listItems(world, query);
    expect(again).toEqual(first);
    expect(pages(world, query)).toHaveLength(first.value.count);
  });

  // A guard against quadratic work, not a benchmark (npm run bench measures): about 0.7 s on an
  // idle 2-core machine; a quadratic filter or sort would take minutes.
  it('a 50,000-item world filters, sorts and pages in seconds, not minutes', () => {
    const world = big(50_000);
    const start = performance.now();
    const page = listItems(world, { filter: "contains(FriendlyName,'-0004')", orderBy: 'Rpo desc' });
    expect(page.ok && page.value.count).toBeGreaterThan(0);
    expect(performance.now() - start).toBeLessThan(5000);
  });
});

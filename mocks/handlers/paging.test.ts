import { beforeEach, describe, expect, it } from 'vitest';
import { PAGE_SIZE } from '../simulation/api';
import { resetRuntime, runtime } from '../runtime';
import { V, get, withApi } from './test-helpers';

/** The default world plus `n` copies of app-01 (`app-01-0000` …). */
function grow(n: number) {
  const world = runtime.world();
  const template = world.items.find((i) => i.name === 'app-01')!;
  const copies = Array.from({ length: n }, (_, i) => ({
    ...template,
    name: `app-01-${String(i).padStart(4, '0')}`,
  }));
  runtime.replace({ ...world, items: [...world.items, ...copies] });
  return world.items.length + n;
}

beforeEach(() => {
  resetRuntime();
});

describe('ARM lists in pages (docs/api.md §2.3)', () => {
  it('{ value, nextLink }: nextLink is absolute, keeps api-version and $filter, adds $skipToken', async () => {
    const total = grow(2 * PAGE_SIZE);
    const first = await get(
      withApi(`${V}/replicationProtectedItems?$filter=${encodeURIComponent("contains(FriendlyName,'app')")}`),
    );
    expect(first.status).toBe(200);
    expect(first.json.value).toHaveLength(PAGE_SIZE);
    const next = new URL(first.json.nextLink);
    expect(next.origin).toBe(new URL(document.location.href).origin);
    expect(next.searchParams.get('api-version')).toBe('2023-06-01');
    expect(next.searchParams.get('$filter')).toBe("contains(FriendlyName,'app')");
    expect(next.searchParams.get('$skipToken')).toBeTruthy();
    const names = first.json.value.map((i: { name: string }) => i.name);
    let link: string | undefined = first.json.nextLink;
    while (link) {
      const page = await get(link);
      expect(page.status).toBe(200);
      names.push(...page.json.value.map((i: { name: string }) => i.name));
      link = page.json.nextLink;
    }
    const matching = runtime.world().items.filter((i) => i.name.includes('app'));
    expect(names).toEqual(matching.map((i) => i.name));
    expect(total).toBeGreaterThan(names.length);
    expect(new Set(names).size).toBe(names.length);
  });

  it('the last page has no nextLink; small lists are one page', async () => {
    for (const list of [
      'replicationProtectedItems',
      'replicationJobs',
      'replicationRecoveryPlans',
      'replicationFabrics',
      'replicationPolicies',
      'replicationProtectionContainers',
      'replicationRecoveryServicesProviders',
    ]) {
      const page = await get(withApi(`${V}/${list}`));
      expect(page.status, list).toBe(200);
      expect(Array.isArray(page.json.value), list).toBe(true);
      expect(page.json.nextLink, list).toBeUndefined();
    }
  });

  it('a bad $skipToken, $filter or $orderby → 400 InvalidParameter in the ARM envelope', async () => {
    for (const query of [
      '$skipToken=nope',
      '$filter=Colour%20eq%20%27x%27',
      '$orderby=Colour',
      '$filter=(',
    ]) {
      const answer = await get(withApi(`${V}/replicationProtectedItems?${query}`));
      expect(answer.status, query).toBe(400);
      expect(answer.json.error.code, query).toBe('InvalidParameter');
    }
    const jobs = await get(withApi(`${V}/replicationJobs?$skipToken=1.x`));
    expect(jobs.json.error.target).toBe('$skipToken');
  });

  it('maxpagesize asks for smaller pages; nextLink keeps it; more than 100 gets 100', async () => {
    grow(2 * PAGE_SIZE);
    const names: string[] = [];
    let link: string | undefined = withApi(
      `${V}/replicationProtectedItems?$orderby=FriendlyName&maxpagesize=7`,
    );
    let pages = 0;
    while (link) {
      const page = await get(link);
      expect(page.status).toBe(200);
      expect(page.json.value.length).toBeLessThanOrEqual(7);
      if (page.json.nextLink) {
        expect(page.json.value).toHaveLength(7);
        expect(new URL(page.json.nextLink).searchParams.get('maxpagesize')).toBe('7');
      }
      names.push(...page.json.value.map((i: { name: string }) => i.name));
      link = page.json.nextLink;
      pages += 1;
    }
    expect(names).toHaveLength(runtime.world().items.length);
    expect(new Set(names).size).toBe(names.length);
    expect(pages).toBe(Math.ceil(names.length / 7));
    const capped = await get(withApi(`${V}/replicationProtectedItems?MaxPageSize=1000`));
    expect(capped.json.value).toHaveLength(PAGE_SIZE);
    // A plain list pages the same way.
    const all = (await get(withApi(`${V}/replicationFabrics`))).json.value;
    expect(all.length).toBeGreaterThan(1);
    const fabrics = await get(withApi(`${V}/replicationFabrics?maxpagesize=1`));
    expect(fabrics.json.value).toEqual([all[0]]);
    expect(new URL(fabrics.json.nextLink).searchParams.get('maxpagesize')).toBe('1');
  });

  it('a bad maxpagesize → 400 InvalidParameter, target maxpagesize, on every paged list', async () => {
    for (const value of ['0', '-1', '2.5', 'ten', '', '1e3']) {
      for (const list of ['replicationProtectedItems', 'replicationJobs', 'replicationFabrics']) {
        const answer = await get(withApi(`${V}/${list}?maxpagesize=${encodeURIComponent(value)}`));
        expect(answer.status, `${list} ${value}`).toBe(400);
        expect(answer.json.error, `${list} ${value}`).toMatchObject({
          code: 'InvalidParameter',
          target: 'maxpagesize',
        });
        expect(answer.json.error.message).toMatch(/whole number/);
      }
    }
  });

  it('$orderby and the grid filters: health, status, contains', async () => {
    const page = await get(
      withApi(
        `${V}/replicationProtectedItems?$orderby=FriendlyName%20desc&$filter=${encodeURIComponent("(Status eq 'Protected' or Status eq 'FailoverCommitted') and contains(FriendlyName,'0')")}`,
      ),
    );
    expect(page.status).toBe(200);
    const names = page.json.value.map((i: { name: string }) => i.name);
    expect(names).toEqual([...names].sort().reverse());
  });

  it('counts by health and status without the items; eligibility of one item by $filter', async () => {
    const total = grow(150);
    const counts = await get(
      `/simulator${V}/replicationProtectedItemCounts?$filter=${encodeURIComponent("contains(FriendlyName,'app-01')")}`,
    );
    const matching = runtime.world().items.filter((i) => i.name.includes('app-01'));
    expect(counts.json).toMatchObject({ total, matching: matching.length });
    expect(counts.json.byStatus.Protected).toBe(matching.filter((i) => i.status === 'Protected').length);
    expect((await get(`/simulator${V}/replicationProtectedItemCounts?$filter=bad`)).status).toBe(400);
    const one = await get(
      `/simulator${V}/eligibility?$filter=${encodeURIComponent("FriendlyName eq 'web-01'")}`,
    );
    expect(one.json.value.map((e: { name: string }) => e.name)).toEqual(['web-01']);
    expect((await get(`/simulator${V}/eligibility`)).json.nextLink).toBeTruthy();
  });
});

import { beforeEach, describe, expect, it } from 'vitest';
import { resetRuntime } from '../runtime';
import {
  V,
  call,
  get,
  itemPath,
  post,
  put,
  reprotectToOnPrem,
  reprotectWeb01,
  withApi,
} from './test-helpers';

beforeEach(() => {
  resetRuntime();
});

describe('api-version (docs/api.md §1, §5 #1)', () => {
  it('missing → 400 MissingApiVersionParameter', async () => {
    const r = await get(itemPath('web-01'));
    expect(r.status).toBe(400);
    expect(r.headers.get('content-type')).toMatch(/application\/json/);
    expect(r.json.error.code).toBe('MissingApiVersionParameter');
  });

  it('malformed → 400 InvalidApiVersionParameter', async () => {
    const r = await get(`${itemPath('web-01')}?api-version=latest`);
    expect(r.json.error.code).toBe('InvalidApiVersionParameter');
    expect(r.json.error.message).toContain("'latest'");
  });

  it('well-formed but unknown on a Site Recovery route → 400 NoRegisteredProviderFound', async () => {
    const r = await get(`${itemPath('web-01')}?api-version=2019-01-01`);
    expect(r.status).toBe(400);
    expect(r.json.error.code).toBe('NoRegisteredProviderFound');
  });

  it('vault routes accept any well-formed version', async () => {
    const r = await get(`${V}?api-version=2019-01-01`);
    expect(r.status).toBe(200);
    expect(r.json.name).toBe('contoso-vault');
  });

  it('a preview version from the list is served', async () => {
    expect((await get(`${itemPath('web-01')}?api-version=2026-03-31-preview`)).status).toBe(200);
  });
});

describe('paths and methods (docs/api.md §2.1, §5 #2)', () => {
  it('unknown vault / item / job → 404 with the ARM message', async () => {
    const vault = await get(withApi(V.replace('contoso-vault', 'nope')));
    expect(vault.status).toBe(404);
    expect(vault.json.error.code).toBe('ResourceNotFound');
    expect(vault.json.error.message).toContain(
      "Microsoft.RecoveryServices/vaults/nope' under resource group",
    );
    expect((await get(withApi(itemPath('nope')))).json.error.code).toBe('ResourceNotFound');
    expect((await get(withApi(`${V}/replicationJobs/nope`))).status).toBe(404);
    expect((await get(withApi(V.replace('contoso-dr-rg', 'rg-x')))).json.error.code).toBe(
      'ResourceGroupNotFound',
    );
  });

  it('an item under the wrong fabric is not found', async () => {
    expect((await get(withApi(itemPath('web-01', 'hv-site-01')))).status).toBe(404);
  });

  it('unserved method → 405 MethodNotAllowed, unserved path → 404 InvalidResourceType', async () => {
    const r = await call('DELETE', withApi(itemPath('web-01')));
    expect(r.status).toBe(405);
    expect(r.json.error.code).toBe('MethodNotAllowed');
    const policy = await put(withApi(`${V}/replicationPolicies/contoso-policy-failback`), {});
    expect(policy.status).toBe(405);
    const unserved = await post(withApi(`${itemPath('web-01')}/failoverCancel`), {});
    expect(unserved.status).toBe(404);
    expect(unserved.json.error.code).toBe('InvalidResourceType');
  });

  it('paths, names and query names match case-insensitively; trailing / ignored', async () => {
    const path = itemPath('WEB-01')
      .replace('/subscriptions/', '/Subscriptions/')
      .replace('replicationProtectedItems', 'REPLICATIONPROTECTEDITEMS');
    const r = await get(`${path}/?API-VERSION=2023-06-01&unknown=1`);
    expect(r.status).toBe(200);
    expect(r.json.name).toBe('web-01');
    expect(r.json.id).toMatch(/^\/Subscriptions\/.*\/replicationProtectedItems\/web-01$/);
  });

  it('absolute management.azure.com URLs are served', async () => {
    const r = await get(`https://management.azure.com${withApi(itemPath('web-01'))}`);
    expect(r.status).toBe(200);
  });

  it('percent-encoded names are decoded once', async () => {
    expect((await get(withApi(itemPath('web%2D01')))).status).toBe(200);
  });
});

describe('bodies (docs/api.md §5 #5, §6: never 5xx)', () => {
  it('malformed JSON → 400 InvalidRequestContent', async () => {
    const r = await reprotectWeb01('{"properties": ');
    expect(r.status).toBe(400);
    expect(r.json.error.code).toBe('InvalidRequestContent');
  });

  it.each(['[]', '"x"', '42', 'null', '{}'])('body %s → 400 InvalidRequestContent', async (body) => {
    const r = await reprotectWeb01(body);
    expect(r.status).toBe(400);
    expect(r.json.error.code).toBe('InvalidRequestContent');
  });

  it('a wrong enum value names its target', async () => {
    const r = await reprotectWeb01({
      properties: { failoverDirection: 'Sideways' },
    });
    expect(r.json.error.code).toBe('InvalidRequestContent');
    expect(r.json.error.target).toBe('properties.failoverDirection');
  });

  it('a missing required InMage field → InvalidRequestContent with its path', async () => {
    const body = reprotectToOnPrem();
    delete (body.properties.providerSpecificDetails as Record<string, unknown>).masterTargetId;
    const r = await reprotectWeb01(body);
    expect(r.json.error.code).toBe('InvalidRequestContent');
    expect(r.json.error.target).toBe('properties.providerSpecificDetails.masterTargetId');
  });

  it('a body over 1 MiB → 400', async () => {
    const r = await reprotectWeb01({ pad: 'x'.repeat(1024 * 1024 + 1) });
    expect(r.status).toBe(400);
  });
});

describe('role (docs/api.md §5 #3)', () => {
  it('403 AuthorizationFailed as Reader on a mutating call; GETs still served', async () => {
    expect((await put('/simulator/role', { role: 'Reader' })).status).toBe(200);
    const r = await reprotectWeb01();
    expect(r.status).toBe(403);
    expect(r.json.error.code).toBe('AuthorizationFailed');
    expect(r.json.error.message).toContain('replicationProtectedItems/reProtect/action');
    expect((await get(withApi(itemPath('web-01')))).status).toBe(200);
  });

  it('403 comes before 404 names (§5 order)', async () => {
    await put('/simulator/role', { role: 'Reader' });
    expect((await post(withApi(`${itemPath('nope')}/reProtect`), {})).status).toBe(403);
  });
});

describe('docs/api.md §6: no 5xx for bad input', () => {
  const paths = [
    withApi(`${V}/replicationProtectedItems?$filter=%27`),
    withApi(`${V}/replicationJobs?$filter=startTime eq 'yesterday'`),
    withApi(`${itemPath('web-01')}/recoveryPoints/%E0%A4%A`),
    withApi(`${V}/replicationJobs/x/operationresults/y`),
    withApi(`${itemPath('web-01')}/operationresults`),
    withApi(`${V}/replicationFabrics/cs-01/replicationRecoveryServicesProviders/cs-01/refreshProvider/x`),
    '/subscriptions/a%2Fb/%00/x?api-version=2023-06-01',
    withApi('/subscriptions//resourceGroups'),
    '/simulator/subscriptions/x/eligibility',
    `/simulator${itemPath('web-01')}/eligibility`,
  ];
  const bodies = ['', '{', '[1]', '{"properties": []}', '{"properties": {"failoverDirection": 5}}', '\u0000'];
  it.each(paths)('GET/POST/PUT/PATCH/DELETE %s', async (path) => {
    for (const method of ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS']) {
      for (const body of method === 'GET' || method === 'HEAD' ? [undefined] : bodies) {
        const r = await call(method, path, body);
        expect(r.status, `${method} ${path} ${body}`).toBeLessThan(500);
      }
    }
  });

  it.each(['reProtect', 'unplannedFailover', 'plannedFailover', 'failoverCommit', 'applyRecoveryPoint'])(
    'hostile bodies on %s',
    async (action) => {
      for (const body of [
        ...bodies,
        '{"properties": {"failoverDirection": "RecoveryToPrimary", "providerSpecificDetails": {"instanceType": "InMage", "recoveryPointType": "Custom"}}}',
      ]) {
        for (const item of ['web-01', 'app-01', 'legacy-01']) {
          const r = await post(withApi(`${itemPath(item)}/${action}`), body);
          expect(r.status, `${action} ${item} ${body}`).toBeLessThan(500);
          if (r.status >= 400) expect(r.json.error.code).toBeTruthy();
        }
      }
    },
  );
});

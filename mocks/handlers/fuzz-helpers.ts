/**
 * The fuzz suite's kit (docs/api.md §6): every served route from the handlers' own route tables, start
 * worlds with running, suspended and failed jobs, hostile and valid request builders, and the
 * invariants checked after every request. Requests go through the real MSW handlers
 * (`getResponse`), without the network interceptor.
 */
import fc from 'fast-check';
import { getResponse } from 'msw';
import {
  advanceClock,
  advanceUntilJobsFinish,
  fieldEligibility,
  itemState,
  listScenarios,
  loadScenario,
  operationEligibility,
  parseWorld,
  planOperationEligibility,
  serializeWorld,
  startOperation,
  startPlanOperation,
  transitionRule,
  worldReferenceProblems,
} from '../simulation/api';
import type { FieldEligibility, OperationInput, OperationName, World } from '../simulation/api';
import { SITE_RECOVERY_API_VERSIONS } from '../http/api-version';
import { containerName, fabricNameOfItem, fabricsOf, itemsInFabric } from '../http/ids';
import { providerNames } from '../http/infra-json';
import { recoveryPointsOf } from '../http/item-json';
import { runtime } from '../runtime';
import { armRouteList } from './arm';
import { handlers } from './index';
import { SIMULATOR_ROUTES } from './simulator';

// ---------------------------------------------------------------- routes

export interface FuzzRoute {
  /** Full path: lower-case literals and `:param` placeholders. */
  pattern: string[];
  methods: string[];
  arm: boolean;
}

/** Every route the handlers serve, read from their route tables (a new route is fuzzed as is). */
export const ROUTES: FuzzRoute[] = [
  ...armRouteList().map((r) => ({ ...r, arm: true })),
  ...SIMULATOR_ROUTES.map((r) => ({
    pattern: ['simulator', ...r.pattern],
    methods: Object.keys(r.handlers),
    arm: false,
  })),
];

export const routeKey = (r: FuzzRoute) => `${r.methods.join('|')} /${r.pattern.join('/')}`;

// ---------------------------------------------------------------- sending

export const ORIGIN = 'http://localhost';

export interface Answer {
  status: number;
  headers: Headers;
  text: string;
}

/** One request through the real handlers. */
export async function send(method: string, url: string, body?: string): Promise<Answer> {
  const hasBody = body !== undefined && method !== 'GET' && method !== 'HEAD';
  const request = new Request(url.startsWith('/') ? `${ORIGIN}${url}` : url, {
    method,
    headers: hasBody ? { 'Content-Type': 'application/json' } : undefined,
    body: hasBody ? body : undefined,
  });
  const response = await getResponse(handlers, request);
  if (!response) return { status: 0, headers: new Headers(), text: 'no handler answered' };
  return { status: response.status, headers: response.headers, text: await response.text() };
}

/** encodeURIComponent that survives lone surrogates (a hostile name may hold one). */
const segment = (s: string) => {
  try {
    return encodeURIComponent(s);
  } catch {
    return s.replace(/[\ud800-\udfff]/g, '%EF%BF%BD');
  }
};

// ---------------------------------------------------------------- worlds

export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

const must = <T>(r: { ok: true; world: World; value: T } | { ok: false; error: { message: string } }) => {
  if (!r.ok) throw new Error(r.error.message);
  return r.world;
};

const preset = (id: string) => {
  const w = loadScenario(id);
  if (!w) throw new Error(`no preset ${id}`);
  return w;
};

const reprotectBack: OperationInput = {
  kind: 'Reprotect',
  direction: 'AzureToOnPremises',
  masterTarget: 'cs-01',
  processServer: 'ps-azure-01',
  datastore: 'datastore-vmfs-01',
  retentionDrive: 'R:',
  policy: 'contoso-policy-failback',
};

/**
 * Valid worlds built from presets and operations, together holding InProgress (item, plan and
 * infrastructure), Suspended (HV-3) and Failed (95226) jobs; frozen, so that any mutation of a
 * world the runtime hands out throws (and is caught as a 500).
 */
export function startWorlds(): World[] {
  const base = preset('default');
  // HV-3 waiting for Complete failover; then LIFE-3 on web-01 and a plan re-protect (RPL-1) running.
  let running = must(
    startOperation(base, 'hv-app-01', {
      kind: 'PlannedFailover',
      direction: 'AzureToOnPremises',
      dataSync: 'ForSynchronization',
      createVmIfNotFound: false,
      hostName: null,
      encryptionKey: null,
    }),
  );
  running = advanceUntilJobsFinish(running);
  running = must(startOperation(running, 'web-01', reprotectBack));
  running = advanceClock(must(startPlanOperation(running, 'plan-web-tier', { kind: 'Reprotect' })), 1);
  // Failed: 95226 with the VPN down, then a LIFE-1 failover of app-01 in progress.
  let failed = preset('vpn-down');
  failed = advanceUntilJobsFinish(must(startOperation(failed, 'web-01', reprotectBack)));
  failed = must(
    startOperation(failed, 'app-01', {
      kind: 'UnplannedFailover',
      direction: 'OnPremisesToAzure',
      recoveryPointId: null,
      recoveryPointType: 'Latest',
      shutDownSource: true,
    }),
  );
  // Further along the cycle: web-01 protected Azure → on-premises (LIFE-3 done), recovery points.
  const along = advanceClock(advanceUntilJobsFinish(must(startOperation(base, 'web-01', reprotectBack))), 90);
  const worlds = [base, running, failed, along, preset('process-server-classic')];
  const states = new Set(worlds.flatMap((w) => w.jobs.map((j) => j.state)));
  for (const state of ['InProgress', 'Suspended', 'Failed'])
    if (!states.has(state as never)) throw new Error(`no start world has a ${state} job`);
  for (const w of worlds) {
    const problem = worldProblem(w);
    if (problem) throw new Error(`start world ${w.scenario}: ${problem}`);
  }
  return worlds.map(deepFreeze);
}

/** Start a case from a world: the runtime holds it (no copy: it is frozen). */
export function load(world: World): void {
  runtime.replace(world);
}

// ---------------------------------------------------------------- invariants

const PROTOTYPES: [string, object][] = [
  ['Object', Object.prototype],
  ['Array', Array.prototype],
  ['String', String.prototype],
  ['Number', Number.prototype],
  ['Boolean', Boolean.prototype],
  ['Function', Function.prototype],
  ['RegExp', RegExp.prototype],
  ['Date', Date.prototype],
];

type PrototypeSnapshot = Map<string, unknown>;

export function prototypeSnapshot(): PrototypeSnapshot {
  const snapshot: PrototypeSnapshot = new Map();
  for (const [name, proto] of PROTOTYPES)
    for (const key of Reflect.ownKeys(proto)) {
      const d = Object.getOwnPropertyDescriptor(proto, key)!;
      snapshot.set(`${name}.${String(key)}`, d.value ?? d.get);
    }
  return snapshot;
}

function prototypeProblem(expected: PrototypeSnapshot): string | null {
  const now = prototypeSnapshot();
  if (now.size !== expected.size) return `built-in prototypes gained or lost properties`;
  for (const [key, value] of now) if (expected.get(key) !== value) return `built-in ${key} was replaced`;
  return null;
}

const IN_PROGRESS = [
  'FailoverInProgress',
  'WaitingForCompleteFailover',
  'Committing',
  'Reprotecting',
  'TestFailoverInProgress',
  'CleaningUpTestFailover',
];

/**
 * What must hold of any world: its own schema (with unique names), every reference resolves, at
 * most one active job per item and it is the item's current job (worldReferenceProblems), and an
 * item in an in-progress status is held by an active job.
 */
export function worldProblem(world: World): string | null {
  const parsed = parseWorld(serializeWorld(world));
  if (!parsed.ok) return `world fails its own schema at ${parsed.path}: ${parsed.message}`;
  const refs = worldReferenceProblems(world);
  if (refs.length) return `dangling reference ${refs[0].path}: ${refs[0].message}`;
  for (const item of world.items) {
    if (!IN_PROGRESS.includes(item.status)) continue;
    const job = world.jobs.find((j) => j.name === item.currentJob);
    if (!job || !['NotStarted', 'InProgress', 'Suspended'].includes(job.state))
      return `'${item.name}' is ${item.status} but no active job holds it`;
  }
  return null;
}

/** LIFE / HV: every item moved along the state machines (one step), or stayed. */
export function transitionProblem(before: World, after: World): string | null {
  for (const item of after.items) {
    const old = before.items.find((i) => i.name === item.name);
    if (!old) continue;
    const from = itemState(old);
    const to = itemState(item);
    if (from !== to && !transitionRule(from, to))
      return `'${item.name}' moved ${from} → ${to}: no LIFE/HV rule`;
  }
  return null;
}

/** A successful scenario load or import: a new world, whose time starts afresh. */
export const isReplacement = (url: string, status: number) =>
  status === 200 && /\/simulator\/(scenario|scenarios\/[^/]+\/load)\/?$/i.test(url.split('?')[0]);

export interface Step {
  label: string;
  method: string;
  answer: Answer;
  before: World;
  after: World;
  /** A scenario load or import: a new world, whose time starts afresh. */
  replaced: boolean;
}

/** docs/api.md §5, §6: the checks after every request. Returns the first violation. */
export function stepProblem(step: Step, prototypes: PrototypeSnapshot): string | null {
  const { answer, before, after, method } = step;
  if (answer.status === 0) return 'no handler answered';
  if (answer.status >= 500) return `answered ${answer.status}: ${answer.text.slice(0, 300)}`;
  if (answer.status >= 400) {
    if (!(answer.headers.get('content-type') ?? '').includes('application/json'))
      return `${answer.status} without a JSON envelope`;
    let body: { error?: { code?: unknown; message?: unknown } } | undefined;
    try {
      body = JSON.parse(answer.text);
    } catch {
      return `${answer.status} body is not JSON`;
    }
    const e = body?.error;
    if (!e || typeof e.code !== 'string' || !e.code || typeof e.message !== 'string' || !e.message)
      return `${answer.status} not in the ARM envelope: ${answer.text.slice(0, 200)}`;
  }
  if (answer.status === 202) {
    const location = answer.headers.get('location') ?? '';
    if (!/^[\x20-\x7e]+$/.test(location)) return `202 without a usable Location: ${location}`;
  }
  const unchanged = answer.status >= 400 || method === 'GET' || method === 'HEAD';
  if (unchanged && after !== before && serializeWorld(after) !== serializeWorld(before))
    return `${answer.status} to ${method} changed the world`;
  const proto = prototypeProblem(prototypes);
  if (proto) return proto;
  if (after === before) return null;
  if (!step.replaced && after.now < before.now) return `time went back: ${before.now} → ${after.now}`;
  return worldProblem(after) ?? (step.replaced ? null : transitionProblem(before, after));
}

// ---------------------------------------------------------------- hostile requests

const BIG = JSON.stringify({ properties: { padding: 'x'.repeat(1_100_000) } });

export const hostileName = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      'constructor',
      '__proto__',
      'prototype',
      'toString',
      'hasOwnProperty',
      'valueOf',
      '...',
      '.x',
      '%',
      '%25',
      '%2F',
      'a/b',
      '日本',
      'rg-日本',
      '\u0000',
      'x\u0001y',
      '\u007f',
      ' ',
      '\ud800',
      '<img src=x onerror=alert(1)>',
      "'",
      '"',
      'x'.repeat(1000),
      'ghost-01',
      'null',
      'NaN',
      '-1',
      'operationresults',
    ),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
);

export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom<unknown>(
      null,
      true,
      false,
      0,
      -1,
      1.5,
      1e308,
      -1e308,
      '',
      'constructor',
      '__proto__',
      [],
      {},
      [null],
      { constructor: true },
      { toString: false },
      'x'.repeat(2000),
    ),
  },
  { weight: 1, arbitrary: hostileName },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
);

const rawBody = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      '{',
      '}',
      'null',
      '[]',
      '"text"',
      '0',
      'true',
      ' ',
      '\u0000',
      '{"__proto__":{"polluted":1}}',
      '{"constructor":{"prototype":{"polluted":1}}}',
      '{"properties":{"__proto__":{"polluted":1}}}',
      '{"network":{"__proto__":{"vpnConnected":false}}}',
      BIG,
    ),
  },
  { weight: 1, arbitrary: fc.json({ maxDepth: 3 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
);

export interface Mutation {
  /** Which node (mod the count): set a leaf, or add a key to an object. */
  at: number;
  key: string | null;
  value: unknown;
}

export type BodyChoice =
  | { kind: 'none' }
  | { kind: 'template'; pick: number; mutation: Mutation | null }
  | { kind: 'raw'; text: string };

export interface RequestChoice {
  route: number;
  /** Per placeholder, in order: which valid name, or a hostile one. */
  names: { pick: number; hostile: string | null }[];
  method: string | null;
  upper: boolean;
  /** undefined: a valid one; null: none. */
  apiVersion: string | null | undefined;
  query: [string, string][];
  body: BodyChoice;
}

/** Mostly `value`, sometimes `other` (1 in `odds`). */
const rarely = <T, U>(value: fc.Arbitrary<T>, other: fc.Arbitrary<U>, odds: number) =>
  fc.oneof({ weight: odds - 1, arbitrary: value }, { weight: 1, arbitrary: other });

const mutation: fc.Arbitrary<Mutation> = fc.record({
  at: fc.nat(),
  key: rarely(
    fc.constant(null),
    fc.constantFrom('constructor', 'toString', '__proto__', 'valueOf', 'extra', 'properties'),
    3,
  ),
  value: hostileValue,
});

const body: fc.Arbitrary<BodyChoice> = fc.oneof(
  { weight: 1, arbitrary: fc.constant<BodyChoice>({ kind: 'none' }) },
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('template' as const),
      pick: fc.nat(),
      mutation: rarely(fc.constant(null), mutation, 3),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('raw' as const), text: rawBody }) },
);

const FILTERS = [
  "jobStatus eq 'InProgress'",
  "SourceFabricName eq 'cs-01'",
  "startTime ge '2026-01-01T00:00:00Z'",
  "endTime le 'not a date'",
  'jobStatus eq',
  "constructor eq 'x'",
  "InstanceType eq 'InMageAzureV2' and RecoveryPlanName eq 'plan-web-tier'",
  // docs/api.md §2.3: the grid's filters.
  "contains(FriendlyName,'web') and (ReplicationHealth eq 'Critical' or Status eq 'Protected')",
  "(FriendlyName eq 'x'",
  "contains(FriendlyName,'it''s')",
];

/** docs/api.md §2.3: page tokens (a made-up one, one of the default world's first page) and orders. */
const SKIP_TOKENS = ['nope', '2s.1', '', '0.0', '2s.x9g3k1'];
const ORDERS = ['FriendlyName desc', 'Rpo', 'ReplicationHealth asc', 'Status desc', 'Colour'];

const query: fc.Arbitrary<[string, string][]> = fc.array(
  fc.oneof(
    fc.tuple(fc.constant('$filter'), fc.oneof(fc.constantFrom(...FILTERS), hostileName)),
    fc.tuple(
      fc.constant('operation'),
      fc.oneof(
        fc.constantFrom(
          'reProtect',
          'unplannedFailover',
          'plannedFailover',
          'failoverCommit',
          'applyRecoveryPoint',
        ),
        hostileName,
      ),
    ),
    fc.tuple(
      fc.constantFrom('$skipToken', 'skipToken'),
      fc.oneof(fc.constantFrom(...SKIP_TOKENS), hostileName),
    ),
    fc.tuple(fc.constant('$orderby'), fc.oneof(fc.constantFrom(...ORDERS), hostileName)),
    fc.tuple(fc.constant('masterTargetId'), fc.oneof(fc.constantFrom('cs-01', 'mt-alt-01'), hostileName)),
    fc.tuple(fc.constantFrom('API-VERSION', '$top', 'constructor'), hostileName),
  ),
  { maxLength: 2 },
);

export const requestChoice: fc.Arbitrary<RequestChoice> = fc.record({
  route: fc.nat(),
  names: fc.array(
    fc.record({
      pick: fc.nat(),
      hostile: rarely(fc.constant(null), hostileName, 24),
    }),
    { minLength: 10, maxLength: 10 },
  ),
  method: rarely(
    fc.constant(null),
    fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS', 'PROPFIND', 'post'),
    8,
  ),
  upper: fc.boolean(),
  apiVersion: fc.oneof(
    { weight: 12, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: fc.constantFrom(...SITE_RECOVERY_API_VERSIONS) },
    {
      weight: 1,
      arbitrary: fc.constantFrom('', '2023-13-45', '2023-06-01-preview', 'constructor', '日本', '2099-01-01'),
    },
  ),
  query,
  body,
});

// ---------------------------------------------------------------- materializing a request

const at = <T>(list: T[], n: number): T | undefined => (list.length ? list[n % list.length] : undefined);

/** Valid names for each placeholder, given the names chosen before it in the path. */
function validNames(world: World, param: string, chosen: Record<string, string>): string[] {
  const fabric = fabricsOf(world).find((f) => f.name.toLowerCase() === (chosen.fabric ?? '').toLowerCase());
  const item = world.items.find((i) => i.name.toLowerCase() === (chosen.item ?? '').toLowerCase());
  switch (param) {
    case 'subscription':
      return [world.vault.subscriptionId];
    case 'resourceGroup':
      return [world.vault.resourceGroup];
    case 'vault':
      return [world.vault.name];
    case 'fabric':
      return fabricsOf(world).map((f) => f.name);
    case 'container':
      return [containerName(chosen.fabric ?? 'cs-01')];
    case 'item': {
      const inFabric = fabric ? itemsInFabric(world, fabric.name) : [];
      return (inFabric.length ? inFabric : world.items).map((i) => i.name);
    }
    case 'point':
      return item ? recoveryPointsOf(world, item).map((p) => p.id) : [];
    case 'provider':
      return fabric ? providerNames(world, fabric) : [];
    case 'job':
      return world.jobs.map((j) => j.name);
    case 'policy':
      return world.policies.map((p) => p.name);
    case 'plan':
      return world.recoveryPlans.map((p) => p.name);
    case 'processServer':
      return world.processServers.map((p) => p.name);
    case 'notification':
      return world.notifications.map((n) => n.id);
    case 'scenario':
      return listScenarios().map((s) => s.id);
    default:
      return [];
  }
}

/** The body templates per route (by the path's last literal), valid when left unmutated. */
function template(
  route: FuzzRoute,
  method: string,
  world: World,
  pick: number,
  chosen: Record<string, string>,
) {
  const last = route.pattern[route.pattern.length - 1];
  const names = (list: { name: string }[]) => list.map((x) => x.name);
  const item = world.items.find((i) => i.name === chosen.item) ?? at(world.items, pick);
  if (!item) return {};
  const point = at(recoveryPointsOf(world, item), pick)?.id ?? 'none';
  const dir = item.activeSite === 'Azure' ? 'RecoveryToPrimary' : 'PrimaryToRecovery';
  switch (last) {
    case 'reprotect':
      if (route.pattern[0] === 'simulator')
        return {
          properties: {
            failoverDirection: 'RecoveryToPrimary',
            items: world.items
              .filter((i) => i.recoveryPlan)
              .map((i) => ({
                replicationProtectedItemId: i.name,
                providerSpecificDetails: {
                  masterTargetId: at(names(world.masterTargets), pick),
                  processServerId: at(names(world.processServers), pick),
                  datastoreName: at(names(world.datastores), pick),
                  retentionDrive: 'R:',
                  profileId: 'contoso-policy-failback',
                },
              })),
          },
        };
      return item.activeSite === 'Azure' && item.machineType !== 'HyperVVM'
        ? {
            properties: {
              failoverDirection: 'RecoveryToPrimary',
              providerSpecificDetails: {
                instanceType: 'InMage',
                masterTargetId: at(names(world.masterTargets), pick),
                processServerId: at(names(world.processServers), pick >> 2),
                datastoreName: at(names(world.datastores), pick >> 4),
                retentionDrive: pick % 3 ? 'R:' : 'E:',
                profileId: 'contoso-policy-failback',
              },
            },
          }
        : {
            properties: {
              failoverDirection: 'PrimaryToRecovery',
              providerSpecificDetails: {
                instanceType: item.machineType === 'HyperVVM' ? 'HyperVReplicaAzure' : 'InMageAzureV2',
                processServerId: at(names(world.processServers), pick),
              },
            },
          };
    case 'unplannedfailover':
      return {
        properties: {
          failoverDirection:
            item.direction === 'AzureToOnPremises' ? 'RecoveryToPrimary' : 'PrimaryToRecovery',
          sourceSiteOperations: pick % 2 ? 'Required' : 'NotRequired',
          providerSpecificDetails:
            item.direction === 'AzureToOnPremises'
              ? { instanceType: 'InMage', recoveryPointType: 'LatestTime' }
              : { instanceType: 'InMageAzureV2' },
        },
      };
    case 'plannedfailover':
      return {
        properties: {
          failoverDirection: dir,
          providerSpecificDetails: {
            instanceType: 'HyperVReplicaAzureFailback',
            dataSyncOption: pick % 2 ? 'ForSynchronization' : 'ForDownTime',
            recoveryVmCreationOption: 'CreateVmIfNotFound',
            providerIdForAlternateRecovery: 'hv-host-01',
          },
        },
      };
    case 'applyrecoverypoint':
      return { properties: { recoveryPointId: point } };
    case 'resume':
      return { properties: { comments: 'Complete failover' } };
    case 'processservers':
      return {
        properties: {
          subscriptionId: world.vault.subscriptionId,
          networkId: 'contoso-vnet',
          resourceGroupName: world.vault.resourceGroup,
          serverName: `ps-azure-${10 + (pick % 5)}`,
          userName: 'psadmin',
          password: 'Failback-2026!',
          storageAccountId: 'contosodrstorage',
          subnetName: 'default',
          networkInterfaceId: 'ps-nic-02',
        },
      };
    case 'lab': {
      const flag = pick % 2 === 0;
      const patches = [
        { network: { vpnConnected: flag } },
        {
          configurationServers: {
            [at(names(world.configurationServers), pick) ?? 'cs-01']: { connected: flag },
          },
        },
        { processServers: { [at(names(world.processServers), pick) ?? 'ps-01']: { heartbeat: flag } } },
        { masterTargets: { [at(names(world.masterTargets), pick) ?? 'cs-01']: { snapshots: flag } } },
        {
          masterTargets: {
            'cs-01': {
              volumes: {
                [pick % 3 ? 'R:' : 'S:']: pick % 4 ? null : { fileSystem: 'NTFS', capacityGB: 500 },
              },
            },
          },
        },
        { datastores: { [at(names(world.datastores), pick) ?? 'x']: null } },
        { datastores: { [`ds-new-${pick % 3}`]: { host: 'esxi-01', type: 'VMFS', capacityGB: 100 } } },
        { virtualMachines: { [item.name]: { azureVmRunning: flag } } },
        { esxiHosts: { 'esxi-01': { licence: flag ? 'Licensed' : 'Free6' } } },
        { hyperV: { hostConnected: flag } },
      ];
      return patches[pick % patches.length];
    }
    case 'clock':
      return { speed: [0, 1, 10, 60, 600][pick % 5] };
    case 'advance':
      return pick % 4 === 0 ? { untilJobsFinish: true } : { minutes: 1 + (pick % 240) };
    case 'role':
      return { role: ['Contributor', 'Operator', 'Reader', 'contributor'][pick % 4] };
    case 'scenario': {
      if (method !== 'PUT') return {};
      const doc = JSON.parse(serializeWorld(pick % 3 === 0 ? (loadScenario('default') as World) : world));
      if (pick % 5 === 1) doc.vault.resourceGroup = ['rg-日本', 'rg\u0001', 'rg ü'][pick % 3];
      return doc;
    }
    default:
      return last === 'notifications' || route.pattern[1] === 'notifications' ? { read: true } : {};
  }
}

/** Nodes of a JSON value (objects and arrays), with the leaves' parents and keys, breadth first. */
function nodes(value: unknown, limit = 4000): { parent: Record<string, unknown>; key: string }[] {
  const out: { parent: Record<string, unknown>; key: string }[] = [];
  const queue: unknown[] = [value];
  while (queue.length && out.length < limit) {
    const node = queue.shift();
    if (!node || typeof node !== 'object') continue;
    for (const [key, child] of Object.entries(node)) {
      out.push({ parent: node as Record<string, unknown>, key });
      queue.push(child);
    }
  }
  return out;
}

function mutate(value: unknown, m: Mutation): unknown {
  const all = nodes(value);
  if (!all.length) return m.value;
  const { parent, key } = all[m.at % all.length];
  if (m.key === null) parent[key] = m.value;
  else {
    const target = parent[key] && typeof parent[key] === 'object' ? (parent[key] as object) : parent;
    // An own `__proto__` key, as JSON.parse makes it (an assignment would set the prototype).
    Object.defineProperty(target, m.key, {
      value: m.value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return value;
}

export interface BuiltRequest {
  label: string;
  method: string;
  url: string;
  body?: string;
}

export function buildRequest(world: World, c: RequestChoice): BuiltRequest {
  const route = ROUTES[c.route % ROUTES.length];
  const chosen: Record<string, string> = {};
  let slot = 0;
  const segments = route.pattern.map((p) => {
    if (!p.startsWith(':')) return c.upper ? p.toUpperCase() : p;
    const param = p.slice(1);
    const choice = c.names[slot++ % c.names.length];
    const name = choice.hostile ?? at(validNames(world, param, chosen), choice.pick) ?? 'none';
    chosen[param] = name;
    return c.upper && !choice.hostile ? name.toUpperCase() : name;
  });
  const method = c.method ?? at(route.methods, c.names[9].pick)!;
  const params = new URLSearchParams();
  if (route.arm && c.apiVersion !== null) params.set('api-version', c.apiVersion ?? '2023-06-01');
  for (const [k, v] of c.query) params.append(k, v);
  const search = params.toString();
  const url = `/${segments.map(segment).join('/')}${search ? `?${search}` : ''}`;
  let text: string | undefined;
  if (c.body.kind === 'raw') text = c.body.text;
  else if (c.body.kind === 'template') {
    const value = template(route, method, world, c.body.pick, chosen);
    text = JSON.stringify(c.body.mutation ? mutate(value, c.body.mutation) : value);
  }
  return { label: `${method} ${url}`, method, url, body: text };
}

// ---------------------------------------------------------------- valid operations (model)

export type ModelStep =
  | { kind: 'item'; item: number; op: number; pick: number }
  | { kind: 'plan'; op: number }
  | { kind: 'job'; job: number; action: 'cancel' | 'restart' | 'resume' }
  | { kind: 'lab'; pick: number }
  | { kind: 'processServer'; add: boolean; pick: number }
  | { kind: 'advance'; minutes: number }
  | { kind: 'untilDone' }
  | { kind: 'realTime'; seconds: number }
  /** A hostile request in the middle of the sequence (any route). */
  | { kind: 'hostile'; request: RequestChoice };

export const modelStep: fc.Arbitrary<ModelStep> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('item' as const),
      item: fc.nat(),
      op: fc.nat(),
      pick: fc.nat(),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('plan' as const), op: fc.nat() }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('job' as const),
      job: fc.nat(),
      action: fc.constantFrom('cancel' as const, 'restart' as const, 'resume' as const),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('lab' as const), pick: fc.nat() }) },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('processServer' as const), add: fc.boolean(), pick: fc.nat() }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('advance' as const),
      minutes: fc.integer({ min: 1, max: 180 }),
    }),
  },
  { weight: 1, arbitrary: fc.constant<ModelStep>({ kind: 'untilDone' }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('realTime' as const),
      seconds: fc.integer({ min: 1, max: 900 }),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('hostile' as const), request: requestChoice }) },
);

const V = (w: World) =>
  `/subscriptions/${segment(w.vault.subscriptionId)}/resourceGroups/${segment(w.vault.resourceGroup)}/providers/Microsoft.RecoveryServices/vaults/${segment(w.vault.name)}`;

const choose = (f: FieldEligibility | undefined, pick: number) =>
  f ? (f.default ?? at(f.options, pick)?.value ?? null) : null;

/** An item operation its eligibility allows, with values its fields offer (null: none to build). */
function itemOperation(world: World, step: Extract<ModelStep, { kind: 'item' }>): BuiltRequest | null {
  const item = at(world.items, step.item);
  if (!item) return null;
  const allowed = Object.entries(operationEligibility(world, item.name))
    .filter(([, e]) => e.allowed)
    .map(([op]) => op as OperationName);
  const op = at(allowed, step.op);
  if (!op) return null;
  const fields = (mt?: string) => {
    const r = fieldEligibility(world, item.name, op, { masterTarget: mt });
    return r.ok ? r.value : {};
  };
  const f = fields();
  let body: unknown;
  if (op === 'reProtect' && f.masterTarget) {
    const mt = choose(f.masterTarget, step.pick);
    const ps = choose(f.processServer, step.pick);
    if (!mt || !ps) return null;
    const g = fields(mt);
    const ds = choose(g.datastore, step.pick);
    const rv = choose(g.retentionDrive, step.pick);
    if (!ds || !rv) return null;
    body = {
      properties: {
        failoverDirection: 'RecoveryToPrimary',
        providerSpecificDetails: {
          instanceType: 'InMage',
          masterTargetId: mt,
          processServerId: ps,
          datastoreName: ds,
          retentionDrive: rv,
          profileId: choose(f.policy, 0),
        },
      },
    };
  } else if (op === 'reProtect') {
    const hv = item.machineType === 'HyperVVM';
    const ps = hv ? '' : choose(f.processServer, step.pick);
    if (ps === null) return null;
    body = {
      properties: {
        failoverDirection: 'PrimaryToRecovery',
        providerSpecificDetails: hv
          ? { instanceType: 'HyperVReplicaAzure' }
          : { instanceType: 'InMageAzureV2', processServerId: ps },
      },
    };
  } else if (op === 'unplannedFailover') {
    const back = item.direction === 'AzureToOnPremises';
    body = {
      properties: {
        failoverDirection: back ? 'RecoveryToPrimary' : 'PrimaryToRecovery',
        sourceSiteOperations: step.pick % 2 ? 'Required' : 'NotRequired',
        ...(back
          ? { providerSpecificDetails: { instanceType: 'InMage', recoveryPointType: 'LatestTime' } }
          : {}),
      },
    };
  } else if (op === 'plannedFailover') {
    const back = item.activeSite === 'Azure';
    body = {
      properties: {
        failoverDirection: back ? 'RecoveryToPrimary' : 'PrimaryToRecovery',
        ...(back
          ? {
              providerSpecificDetails: {
                instanceType: 'HyperVReplicaAzureFailback',
                dataSyncOption: step.pick % 2 ? 'ForSynchronization' : 'ForDownTime',
                recoveryVmCreationOption: 'CreateVmIfNotFound',
                providerIdForAlternateRecovery: choose(f.hostName, step.pick) ?? 'hv-host-01',
                ...(f.encryptionKey ? { primaryKekCertificatePfx: choose(f.encryptionKey, 0) } : {}),
              },
            }
          : {}),
      },
    };
  } else if (op === 'testFailover') {
    // TF-1: TestFailoverInput with a network the field offers; Latest processed (no point id).
    const network = choose(f.network, step.pick);
    if (!network) return null;
    body = {
      properties: {
        failoverDirection: 'PrimaryToRecovery',
        networkType: 'VmNetworkAsInput',
        networkId: network,
        providerSpecificDetails: { instanceType: 'InMageAzureV2' },
      },
    };
  } else if (op === 'testFailoverCleanup') {
    body = { properties: { comments: step.pick % 2 ? 'Checked the test VM' : '' } };
  } else if (op === 'completeMigration' || op === 'disableReplication') {
    // END-1: both are POST {I}/remove with a DisableProtectionInput.
    body = {
      properties: {
        disableProtectionReason: op === 'completeMigration' ? 'MigrationComplete' : 'NotSpecified',
      },
    };
  } else if (op === 'applyRecoveryPoint') {
    const points = recoveryPointsOf(world, item);
    const point = at(points, step.pick);
    if (!point) return null;
    body = { properties: { recoveryPointId: point.id } };
  }
  const fabric = fabricNameOfItem(item);
  const path = `${V(world)}/replicationFabrics/${segment(fabric)}/replicationProtectionContainers/${segment(containerName(fabric))}/replicationProtectedItems/${segment(item.name)}/${op === 'completeMigration' || op === 'disableReplication' ? 'remove' : op}?api-version=2023-06-01`;
  return {
    label: `${op} ${item.name}`,
    method: 'POST',
    url: path,
    body: body === undefined ? undefined : JSON.stringify(body),
  };
}

const LAB_PATCHES = (world: World, pick: number) => {
  const flag = (pick >> 4) % 2 === 0;
  const item = at(world.items, pick >> 5)?.name ?? 'web-01';
  const ps = at(world.processServers, pick >> 5)?.name ?? 'ps-01';
  const list = [
    { network: { vpnConnected: flag } },
    { processServers: { [ps]: { heartbeat: flag } } },
    { masterTargets: { 'cs-01': { snapshots: !flag } } },
    { configurationServers: { 'cs-01': { connected: flag } } },
    { virtualMachines: { [item]: { azureVmRunning: flag } } },
    { hyperV: { hostConnected: flag } },
    { esxiHosts: { 'esxi-01': { licence: flag ? 'Licensed' : 'Free6' } } },
  ];
  return list[pick % list.length];
};

/** The request for a model step (null: nothing valid to send). */
export function modelRequest(world: World, step: ModelStep): BuiltRequest | null {
  const api = '?api-version=2023-06-01';
  switch (step.kind) {
    case 'item':
      return itemOperation(world, step);
    case 'plan': {
      const plan = world.recoveryPlans[0];
      if (!plan) return null;
      const allowed = Object.entries(planOperationEligibility(world, plan.name)).filter(([, e]) => e.allowed);
      const op = at(allowed, step.op)?.[0];
      if (!op) return null;
      const body =
        op === 'reProtect' || op === 'failoverCommit' ? undefined : JSON.stringify({ properties: {} });
      return {
        label: `${op} ${plan.name}`,
        method: 'POST',
        url: `${V(world)}/replicationRecoveryPlans/${segment(plan.name)}/${op}${api}`,
        body,
      };
    }
    case 'job': {
      // Resume aims at a job waiting for input (HV-3) when there is one, so the sequences reach it.
      const waiting = world.jobs.filter((j) => j.state === 'Suspended');
      const job = at(step.action === 'resume' && waiting.length ? waiting : world.jobs, step.job);
      if (!job) return null;
      return {
        label: `${step.action} ${job.scenario} ${job.state}`,
        method: 'POST',
        url: `${V(world)}/replicationJobs/${segment(job.name)}/${step.action}${api}`,
        body: step.action === 'resume' ? '{"properties":{}}' : undefined,
      };
    }
    case 'lab':
      return {
        label: 'lab',
        method: 'PATCH',
        url: '/simulator/lab',
        body: JSON.stringify(LAB_PATCHES(world, step.pick)),
      };
    case 'processServer': {
      const fabric = `/simulator${V(world)}/replicationFabrics/cs-01/processServers`;
      if (step.add)
        return {
          label: 'add process server',
          method: 'POST',
          url: fabric,
          body: JSON.stringify(
            template(
              ROUTES.find((r) => r.pattern.at(-1) === 'processservers')!,
              'POST',
              world,
              step.pick,
              {},
            ),
          ),
        };
      const ps = at(
        world.processServers.filter((p) => p.location === 'Azure'),
        step.pick,
      );
      return ps
        ? { label: `remove ${ps.name}`, method: 'DELETE', url: `${fabric}/${segment(ps.name)}` }
        : null;
    }
    case 'advance':
      return {
        label: `advance ${step.minutes}`,
        method: 'POST',
        url: '/simulator/clock/advance',
        body: JSON.stringify({ minutes: step.minutes }),
      };
    case 'untilDone':
      return {
        label: 'until jobs finish',
        method: 'POST',
        url: '/simulator/clock/advance',
        body: '{"untilJobsFinish":true}',
      };
    case 'realTime':
      return null;
    case 'hostile':
      return buildRequest(world, step.request);
  }
}

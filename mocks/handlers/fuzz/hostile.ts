/** The fuzz suite (docs/api.md §6): hostile request choices (fast-check arbitraries): names, values, bodies, queries. */
import fc from 'fast-check';
import { SITE_RECOVERY_API_VERSIONS } from '../../http/api-version';

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
    // docs/api.md §2.3: a page size, or anything else (400 InvalidParameter, target maxpagesize).
    fc.tuple(
      fc.constantFrom('maxpagesize', 'MaxPageSize'),
      fc.oneof(fc.constantFrom('1', '40', '100', '1000', '0', '-1', '2.5'), hostileName),
    ),
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

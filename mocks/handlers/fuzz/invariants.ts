/** The fuzz suite (docs/api.md §6): what must hold after every request: the world, its transitions and the built-in prototypes. */
import { createHash } from 'node:crypto';
import {
  IN_PROGRESS_STATUSES,
  itemState,
  parseWorld,
  serializeWorld,
  transitionRule,
} from '../../simulation/api';
import type { World } from '../../simulation/api';
import type { Answer } from './routes';

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

/** Per built-in prototype: each own property's value (or getter), by key. */
type PrototypeSnapshot = { name: string; proto: object; values: Map<PropertyKey, unknown> }[];

const ownValue = (proto: object, key: PropertyKey) => {
  const d = Object.getOwnPropertyDescriptor(proto, key)!;
  return d.value ?? d.get;
};

export function prototypeSnapshot(): PrototypeSnapshot {
  return PROTOTYPES.map(([name, proto]) => ({
    name,
    proto,
    values: new Map(Reflect.ownKeys(proto).map((key) => [key, ownValue(proto, key)])),
  }));
}

/** Checked after every request: compared in place, without taking a new snapshot. */
function prototypeProblem(expected: PrototypeSnapshot): string | null {
  for (const { name, proto, values } of expected) {
    const keys = Reflect.ownKeys(proto);
    if (keys.length !== values.size) return `built-in prototypes gained or lost properties`;
    for (const key of keys) {
      if (!values.has(key)) return `built-in prototypes gained or lost properties`;
      if (values.get(key) !== ownValue(proto, key)) return `built-in ${name}.${String(key)} was replaced`;
    }
  }
  return null;
}

/**
 * What must hold of any world: its own schema (with unique names and every reference resolving:
 * parseWorld refuses a dangling one), at most one active job per item and it is the item's current
 * job (worldReferenceProblems, run by parseWorld), and an item in an in-progress status is held by
 * an active job.
 */
function checkWorld(world: World, text: string): string | null {
  const parsed = parseWorld(text);
  if (!parsed.ok)
    return parsed.problems?.length
      ? `dangling reference ${parsed.path}: ${parsed.message}`
      : `world fails its own schema at ${parsed.path}: ${parsed.message}`;
  for (const item of world.items) {
    if (!IN_PROGRESS_STATUSES.includes(item.status)) continue;
    const job = world.jobs.find((j) => j.name === item.currentJob);
    if (!job || !['NotStarted', 'InProgress', 'Suspended'].includes(job.state))
      return `'${item.name}' is ${item.status} but no active job holds it`;
  }
  return null;
}

/**
 * The verdict of checkWorld, by content: a world is plain JSON data, so two worlds with the same
 * text get the same verdict, and cases often reach a world already checked (a GET-only case, the
 * same refusal on the same start world, the same real-time step). Keyed by a SHA-256 of the text.
 */
const verdicts = new Map<string, string | null>();

export function worldProblem(world: World): string | null {
  const text = serializeWorld(world);
  const key = createHash('sha256').update(text).digest('base64');
  let verdict = verdicts.get(key);
  if (verdict === undefined) {
    verdict = checkWorld(world, text);
    verdicts.set(key, verdict);
  }
  return verdict;
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

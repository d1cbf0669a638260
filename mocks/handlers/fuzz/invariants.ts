/** The fuzz suite (docs/api.md §6): what must hold after every request: the world, its transitions and the built-in prototypes. */
import {
  IN_PROGRESS_STATUSES,
  itemState,
  parseWorld,
  serializeWorld,
  transitionRule,
  worldReferenceProblems,
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
    if (!IN_PROGRESS_STATUSES.includes(item.status)) continue;
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

// @vitest-environment node
/**
 * The fuzz suite (docs/api.md §6): property-based, seeded and reproducible. Hostile requests on every
 * route of the handlers' route tables, from start worlds with running, suspended and failed jobs;
 * then sequences of valid operations and clock steps that must follow the LIFE / HV state machines.
 * Reproduce a failure with the seed it prints: FUZZ_SEED=<seed> npx vitest run mocks/handlers/fuzz.test.ts
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { OPERATION_NAMES, deepFreeze, serializeWorld } from '../simulation/api';
import type { World } from '../simulation/api';
import { runtime } from '../runtime';
import { buildRequest, type BuiltRequest } from './fuzz/build-request';
import { requestChoice, type RequestChoice } from './fuzz/hostile';
import { isReplacement, prototypeSnapshot, stepProblem, worldProblem } from './fuzz/invariants';
import { modelRequest, modelStep } from './fuzz/model';
import { ROUTES, routeKey, send } from './fuzz/routes';
import { load, startWorlds } from './fuzz/worlds';

const SEED = Number(process.env.FUZZ_SEED ?? 20261204);
/** Hostile cases (each: a start world and 1–3 requests or real-time steps). */
const CASES = Number(process.env.FUZZ_CASES ?? 10_000);
const SEQUENCES = Number(process.env.FUZZ_SEQUENCES ?? 150);

let fakeNow = Date.parse('2026-12-01T00:00:00Z');
let worlds: World[] = [];
const prototypes = prototypeSnapshot();
const served = new Map<string, number>();

beforeAll(() => {
  // Real time moves only when a case says so (the runtime catches up with Date.now × speed).
  vi.spyOn(Date, 'now').mockImplementation(() => fakeNow);
  worlds = startWorlds();
});
afterAll(() => {
  vi.restoreAllMocks();
});

/** The runtime's world, frozen: a handler or the simulation mutating it in place fails loudly. */
const current = () => deepFreeze(runtime.world());

type Action = { request: RequestChoice } | { seconds: number };

const action: fc.Arbitrary<Action> = fc.oneof(
  { weight: 12, arbitrary: fc.record({ request: requestChoice }) },
  { weight: 1, arbitrary: fc.record({ seconds: fc.integer({ min: 1, max: 3600 }) }) },
);

/** A broken invariant, with the case's steps that led to it (its seed replays them). */
const failure = (problem: string, trail: string[]) =>
  new Error(`${problem}\n  after: ${trail.join('\n  then: ')}`);

/** Real time passes: the runtime catches up (outside any request); the world stays valid. */
function realTime(seconds: number, trail: string[]) {
  const before = current();
  fakeNow += seconds * 1000;
  const after = current();
  trail.push(`${seconds} s of real time`);
  const problem = after.now < before.now ? 'time went back' : after === before ? null : worldProblem(after);
  if (problem) throw failure(problem, trail);
}

/**
 * Sends a built request on `before` and checks the step (docs/api.md §6: no 5xx, the ARM envelope,
 * refusals and GETs change nothing, the world stays valid); the trail records it as `note`.
 */
async function checkedSend(built: BuiltRequest, before: World, trail: string[], note = built.label) {
  const answer = await send(built.method, built.url, built.body);
  trail.push(`${note} → ${answer.status}`);
  const after = current();
  const replaced = isReplacement(built.url, answer.status);
  const problem = stepProblem(
    { label: built.label, method: built.method, answer, before, after, replaced },
    prototypes,
  );
  if (problem) throw failure(problem, trail);
  return { answer, after };
}

describe(`fuzz: hostile requests on every route (seed ${SEED}, FUZZ_SEED to change)`, () => {
  it(`routes come from the route tables: ${ROUTES.length} routes, each with its methods`, () => {
    expect(ROUTES.length).toBeGreaterThan(40);
    const paths = ROUTES.map((r) => `/${r.pattern.join('/')}`);
    for (const path of [
      '/subscriptions',
      '/subscriptions/:subscription/resourcegroups/:resourceGroup/providers/microsoft.recoveryservices/vaults/:vault/replicationjobs/:job/operationresults/:job',
      '/simulator/lab',
      '/simulator/subscriptions/:subscription/resourcegroups/:resourceGroup/providers/microsoft.recoveryservices/vaults/:vault/replicationfabrics/:fabric/processservers/:processServer',
    ])
      expect(paths).toContain(path);
  });

  it('the enumeration is what the handlers route: each route and method, with valid names, is served', async () => {
    for (const [index, route] of ROUTES.entries())
      for (const method of route.methods) {
        load(worlds[1]);
        const names = Array.from({ length: 10 }, () => ({ pick: 0, hostile: null }));
        const choice = { route: index, names, method, upper: false, apiVersion: undefined, query: [] };
        const built = buildRequest(current(), {
          ...choice,
          body: { kind: 'template', pick: 0, mutation: null },
        });
        const answer = await send(built.method, built.url, built.body);
        expect(answer.status, built.label).not.toBe(405);
        expect(answer.text, built.label).not.toContain('InvalidResourceType');
      }
  });

  it(`${CASES} cases: no 5xx, 4xx in the ARM envelope, refusals and GETs change nothing, the world stays valid`, async () => {
    let requests = 0;
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.array(action, { minLength: 1, maxLength: 3 }), async (start, actions) => {
        load(worlds[start % worlds.length]);
        const trail: string[] = [`start world ${start % worlds.length}`];
        for (const a of actions) {
          if ('seconds' in a) {
            realTime(a.seconds, trail);
            continue;
          }
          const before = current();
          const built = buildRequest(before, a.request);
          const note = `${built.label} ${built.body ? built.body.slice(0, 300) : ''}`;
          const { answer, after } = await checkedSend(built, before, trail, note);
          requests += 1;
          const route = ROUTES[a.request.route % ROUTES.length];
          served.set(routeKey(route), (served.get(routeKey(route)) ?? 0) + 1);
          if (answer.status === 202) {
            // Ids round-trip (docs/api.md §6): the Location answers, as a GET that changes nothing.
            const poll = await send('GET', answer.headers.get('location') as string);
            const polled = current();
            const pollProblem = stepProblem(
              { label: 'poll', method: 'GET', answer: poll, before: after, after: polled, replaced: false },
              prototypes,
            );
            if (pollProblem || (poll.status !== 200 && poll.status !== 202))
              throw failure(`Location poll ${poll.status}: ${pollProblem ?? poll.text}`, trail);
          }
        }
      }),
      { seed: SEED, numRuns: CASES },
    );
    expect(requests).toBeGreaterThanOrEqual(CASES);
    // Every route was reached.
    for (const route of ROUTES) expect(served.get(routeKey(route)) ?? 0, routeKey(route)).toBeGreaterThan(0);
  }, 180_000);
});

describe(`model: valid operations and clock steps follow LIFE / HV (seed ${SEED})`, () => {
  it(`${SEQUENCES} sequences of up to 40 steps: invariants hold, items move only along ITEM_TRANSITIONS`, async () => {
    const started = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(
        fc.nat(),
        fc.array(modelStep, { minLength: 5, maxLength: 40 }),
        async (start, steps) => {
          load(worlds[start % worlds.length]);
          const trail: string[] = [`start world ${start % worlds.length}`];
          for (const step of steps) {
            const before = current();
            if (step.kind === 'realTime') {
              realTime(step.seconds, trail);
              continue;
            }
            const built = modelRequest(before, step);
            if (!built) continue;
            const { answer } = await checkedSend(built, before, trail);
            // What eligibility allows with values its fields offer, the operation accepts (docs/api.md §5: Reader 403).
            if (step.kind === 'item' && before.role !== 'Reader' && answer.status !== 202)
              throw failure(`eligible ${built.label} refused: ${answer.text}`, trail);
            if (answer.status === 202)
              started.set(built.label.split(' ')[0], (started.get(built.label.split(' ')[0]) ?? 0) + 1);
          }
          expect(serializeWorld(current()).length).toBeGreaterThan(0);
        },
      ),
      { seed: SEED, numRuns: SEQUENCES },
    );
    // The sequences reached each operation and job action (with a 202).
    for (const op of [...OPERATION_NAMES, 'cancel', 'restart', 'resume'])
      expect(started.get(op) ?? 0, op).toBeGreaterThan(0);
  }, 180_000);
});

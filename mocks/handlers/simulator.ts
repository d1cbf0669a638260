/**
 * `/simulator` routes (docs/api.md §2.2): what ARM cannot express. No api-version; case-insensitive
 * segments; every failure in the ARM envelope.
 */
import { http, HttpResponse } from 'msw';
import {
  advanceClock,
  advanceUntilJobsFinish,
  clearNotifications,
  labDocument,
  listScenarios,
  loadScenario,
  markNotificationRead,
  parseWorld,
  patchLab,
  runningJobCount,
  scenarioJsonSchema,
  serializeWorld,
  setRole,
  setSpeed,
} from '../simulation/api';
import type { ClockSpeed, Role, World } from '../simulation/api';
import {
  armError,
  invalidContent,
  methodNotAllowed,
  notFound,
  simErrorResponse,
  unservedPath,
} from '../http/arm-error';
import { jobId } from '../http/ids';
import { parseRequest, readJsonBody } from '../http/request';
import { runtime } from '../runtime';
import { guarded } from './arm';
import { eligibilityRoutes } from './simulator-eligibility';
import { processServerRoutes } from './simulator-process-servers';
import { planSimulatorRoutes } from './simulator-plans';
import { runbookRoutes } from './simulator-runbooks';
import { matchPattern } from './arm-route';
import type { Handler, SimulatorRoute } from './simulator-route';

const ROLES: Role[] = ['Contributor', 'Operator', 'Reader'];
const SPEEDS: ClockSpeed[] = [0, 1, 10, 60, 600];
/**
 * A scenario export is a whole world: 50,000 items are about 35 MB of JSON, and IndexedDB holds
 * far more (docs/adr/0004-persistence-in-the-browser.md). Beyond this the page itself would falter.
 */
const MAX_SCENARIO_MB = 256;
/** advanceClock caps at 7 days (api.ts): refuse more than that up front. */
const MAX_ADVANCE_MINUTES = 7 * 24 * 60;

/** Build the answer first, then commit: a call changes the world entirely or not at all (docs/api.md §6). */
function committed(world: World, response: Response): Response {
  runtime.commit(world);
  return response;
}

const clockJson = (w: World) => ({ now: w.now, speed: w.speed, runningJobs: runningJobCount(w) });

const notificationJob = (w: World, name: string) => {
  const job = name ? w.jobs.find((j) => j.name === name) : undefined;
  // The English title is "{scenario} '{plan or item}'" (or the scenario alone): the same parts.
  return job ? { scenarioName: job.scenario, targetName: job.plan ?? job.item ?? null } : {};
};

/** The job behind each notification: its scenario and target let the portal translate the title. */
const notificationsJson = (w: World) => ({
  value: w.notifications.map((n) => ({
    id: n.id,
    jobId: n.jobName ? jobId(w, n.jobName) : '',
    jobName: n.jobName,
    title: n.title,
    ...notificationJob(w, n.jobName),
    status: n.status,
    time: n.time,
    read: n.read,
  })),
});

async function objectBody(request: Request, maxBytes?: number) {
  const body = await readJsonBody(request, maxBytes);
  if (!body.ok) return body;
  if (body.value === undefined)
    return { ok: false as const, response: invalidContent('', 'a JSON object body is required.') };
  return { ok: true as const, value: body.value };
}

const role: Record<string, Handler> = {
  GET: () => HttpResponse.json({ role: runtime.world().role }),
  PUT: async (_req, request) => {
    const body = await objectBody(request);
    if (!body.ok) return body.response;
    const value = ROLES.find(
      (r) => typeof body.value.role === 'string' && r.toLowerCase() === body.value.role.toLowerCase(),
    );
    if (!value) return invalidContent('role', `'role' must be one of ${ROLES.join(', ')}.`);
    const world = setRole(runtime.world(), value);
    return committed(world, HttpResponse.json({ role: world.role }));
  },
};

const clock: Record<string, Handler> = {
  GET: () => HttpResponse.json(clockJson(runtime.world())),
  PUT: async (_req, request) => {
    const body = await objectBody(request);
    if (!body.ok) return body.response;
    const speed = SPEEDS.find((s) => s === body.value.speed);
    if (speed === undefined) return invalidContent('speed', `'speed' must be one of ${SPEEDS.join(', ')}.`);
    const world = setSpeed(runtime.world(), speed);
    return committed(world, HttpResponse.json(clockJson(world)));
  },
};

const advance: Record<string, Handler> = {
  POST: async (_req, request) => {
    const body = await objectBody(request);
    if (!body.ok) return body.response;
    const { minutes, untilJobsFinish } = body.value;
    let world: World;
    if (untilJobsFinish === true) world = advanceUntilJobsFinish(runtime.world());
    else if (
      typeof minutes === 'number' &&
      Number.isFinite(minutes) &&
      minutes > 0 &&
      minutes <= MAX_ADVANCE_MINUTES
    )
      world = advanceClock(runtime.world(), minutes);
    else
      return invalidContent(
        'minutes',
        `give 'minutes' (a number above 0, at most ${MAX_ADVANCE_MINUTES}) or 'untilJobsFinish': true.`,
      );
    return committed(world, HttpResponse.json(clockJson(world)));
  },
};

const lab: Record<string, Handler> = {
  GET: () => HttpResponse.json(labDocument(runtime.world())),
  PATCH: async (_req, request) => {
    const body = await objectBody(request);
    if (!body.ok) return body.response;
    const result = patchLab(runtime.world(), body.value);
    if (!result.ok) return simErrorResponse(result.error);
    return committed(result.world, HttpResponse.json(result.value));
  },
};

const scenarios: Record<string, Handler> = {
  GET: () => HttpResponse.json({ value: listScenarios() }),
};

function loadPreset(id: string): Response {
  const world = loadScenario(id);
  if (!world) return notFound(`The scenario '${id}' does not exist.`);
  const response = HttpResponse.json({ loaded: world.scenario });
  runtime.replace(world);
  return response;
}

const scenario: Record<string, Handler> = {
  // The stored serialisation as is: a large world is not parsed and written again.
  GET: () =>
    new HttpResponse(serializeWorld(runtime.world()), { headers: { 'Content-Type': 'application/json' } }),
  PUT: async (_req, request) => {
    let text: string;
    try {
      text = await request.text();
    } catch {
      return armError(400, 'InvalidScenario', 'The scenario could not be read.', { target: '$' });
    }
    if (text.length > MAX_SCENARIO_MB * 1024 * 1024) {
      const mb = Math.ceil(text.length / (1024 * 1024));
      const message = `The scenario file is too large (${mb} MB): the simulation accepts up to ${MAX_SCENARIO_MB} MB.`;
      return armError(400, 'InvalidScenario', message, { target: '$' });
    }
    // Invalid → 400 with the JSON path; the world stays untouched (docs/api.md §2.2).
    let parsed: ReturnType<typeof parseWorld>;
    try {
      parsed = parseWorld(text);
    } catch (error) {
      parsed = { ok: false, path: '$', message: `The scenario could not be read: ${String(error)}` };
    }
    // Dangling references: one detail per reference, each with its JSON path.
    if (!parsed.ok)
      return armError(400, 'InvalidScenario', parsed.message, {
        target: parsed.path,
        details: parsed.problems?.map((p) => ({
          code: 'InvalidScenario',
          target: p.path,
          message: p.message,
        })),
      });
    const response = HttpResponse.json({ loaded: parsed.world.scenario });
    runtime.replace(parsed.world);
    return response;
  },
};

const notifications: Record<string, Handler> = {
  GET: () => HttpResponse.json(notificationsJson(runtime.world())),
  /** `{read: true}` marks every notification read. */
  PATCH: async (_req, request) => {
    const body = await objectBody(request);
    if (!body.ok) return body.response;
    if (body.value.read !== true) return invalidContent('read', "only {'read': true} is supported.");
    let world = runtime.world();
    for (const n of world.notifications) {
      const result = markNotificationRead(world, n.id);
      if (result.ok) world = result.world;
    }
    return committed(world, HttpResponse.json(notificationsJson(world)));
  },
  DELETE: () => {
    const world = clearNotifications(runtime.world());
    return committed(world, HttpResponse.json(notificationsJson(world)));
  },
};

function notification(id: string): Record<string, Handler> {
  return {
    PATCH: async (_req, request) => {
      const body = await objectBody(request);
      if (!body.ok) return body.response;
      if (body.value.read !== true) return invalidContent('read', "only {'read': true} is supported.");
      const result = markNotificationRead(runtime.world(), id);
      if (!result.ok) return simErrorResponse(result.error);
      return committed(result.world, HttpResponse.json(notificationsJson(result.world)));
    },
    DELETE: () => {
      const world = runtime.world();
      if (!world.notifications.some((n) => n.id === id))
        return notFound(`The notification '${id}' does not exist.`);
      const next = { ...world, notifications: world.notifications.filter((n) => n.id !== id) };
      return committed(next, HttpResponse.json(notificationsJson(next)));
    },
  };
}

/** Every `/simulator` path (after `simulator`), in matching order: the routing and its enumeration. */
export const SIMULATOR_ROUTES: SimulatorRoute[] = [
  { pattern: ['role'], handlers: role },
  { pattern: ['clock'], handlers: clock },
  { pattern: ['clock', 'advance'], handlers: advance },
  { pattern: ['lab'], handlers: lab },
  { pattern: ['scenarios'], handlers: scenarios },
  {
    pattern: ['scenarios', ':scenario', 'load'],
    handlers: { POST: (req) => loadPreset(req.params.scenario) },
  },
  { pattern: ['scenario'], handlers: scenario },
  // The scenario file format.
  { pattern: ['scenario', 'schema'], handlers: { GET: () => HttpResponse.json(scenarioJsonSchema()) } },
  { pattern: ['notifications'], handlers: notifications },
  {
    pattern: ['notifications', ':notification'],
    handlers: {
      PATCH: (req, request) => notification(req.params.notification).PATCH(req, request),
      DELETE: (req, request) => notification(req.params.notification).DELETE(req, request),
    },
  },
  ...eligibilityRoutes,
  ...planSimulatorRoutes,
  ...processServerRoutes,
  ...runbookRoutes, // docs/runbooks.md §1–§3
];

async function handleSimulator(request: Request): Promise<Response> {
  const req = parseRequest(request);
  const path = `/${req.segments.join('/')}`;
  const tail = req.segments.slice(1);
  for (const route of SIMULATOR_ROUTES) {
    const params = matchPattern(route.pattern, tail);
    if (!params) continue;
    const handler = Object.hasOwn(route.handlers, req.method) ? route.handlers[req.method] : undefined;
    if (!handler) return methodNotAllowed(req.method, path);
    return handler({ ...req, params }, request);
  }
  return unservedPath(path);
}

export const simulatorHandler = http.all(/^[a-z][a-z0-9+.-]*:\/\/[^/]+\/simulator(?:\/|$)/i, ({ request }) =>
  guarded(() => handleSimulator(request)),
);

/**
 * `/simulator` routes (api.md §2.2): what ARM cannot express. No api-version; case-insensitive
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
import type { ParsedRequest } from '../http/request';
import { runtime } from '../runtime';
import { guarded } from './arm';
import { eligibilityRoute } from './simulator-eligibility';
import { processServerRoute } from './simulator-process-servers';
import { planSimulatorRoute } from './simulator-plans';
import { runbookRoute } from './simulator-runbooks';
import type { Handler } from './simulator-route';

const ROLES: Role[] = ['Contributor', 'Operator', 'Reader'];
const SPEEDS: ClockSpeed[] = [0, 1, 10, 60, 600];
/** A scenario export is a whole world: allow more than an ARM body. */
const MAX_SCENARIO_BYTES = 8 * 1024 * 1024;
/** advanceClock caps at 7 days (api.ts): refuse more than that up front. */
const MAX_ADVANCE_MINUTES = 7 * 24 * 60;

const clockJson = (w: World) => ({ now: w.now, speed: w.speed, runningJobs: runningJobCount(w) });

const notificationsJson = (w: World) => ({
  value: w.notifications.map((n) => ({
    id: n.id,
    jobId: n.jobName ? jobId(w, n.jobName) : '',
    jobName: n.jobName,
    title: n.title,
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
    runtime.commit(world);
    return HttpResponse.json({ role: world.role });
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
    runtime.commit(world);
    return HttpResponse.json(clockJson(world));
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
    runtime.commit(world);
    return HttpResponse.json(clockJson(world));
  },
};

const lab: Record<string, Handler> = {
  GET: () => HttpResponse.json(labDocument(runtime.world())),
  PATCH: async (_req, request) => {
    const body = await objectBody(request);
    if (!body.ok) return body.response;
    const result = patchLab(runtime.world(), body.value);
    if (!result.ok) return simErrorResponse(result.error);
    runtime.commit(result.world);
    return HttpResponse.json(result.value);
  },
};

const scenarios: Record<string, Handler> = {
  GET: () => HttpResponse.json({ value: listScenarios() }),
};

function loadPreset(id: string): Record<string, Handler> {
  return {
    POST: () => {
      const world = loadScenario(id);
      if (!world) return notFound(`The scenario '${id}' does not exist.`);
      runtime.replace(world);
      return HttpResponse.json({ loaded: world.scenario });
    },
  };
}

const scenario: Record<string, Handler> = {
  GET: () => HttpResponse.json(JSON.parse(serializeWorld(runtime.world()))),
  PUT: async (_req, request) => {
    let text: string;
    try {
      text = await request.text();
    } catch {
      return armError(400, 'InvalidScenario', 'The scenario could not be read.', { target: '$' });
    }
    if (text.length > MAX_SCENARIO_BYTES)
      return armError(400, 'InvalidScenario', 'The scenario file is too large.', { target: '$' });
    // Invalid → 400 with the JSON path; the world stays untouched (api.md §2.2).
    let parsed: ReturnType<typeof parseWorld>;
    try {
      parsed = parseWorld(text);
    } catch (error) {
      parsed = { ok: false, path: '$', message: `The scenario could not be read: ${String(error)}` };
    }
    if (!parsed.ok) return armError(400, 'InvalidScenario', parsed.message, { target: parsed.path });
    runtime.replace(parsed.world);
    return HttpResponse.json({ loaded: parsed.world.scenario });
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
    runtime.commit(world);
    return HttpResponse.json(notificationsJson(world));
  },
  DELETE: () => {
    const world = clearNotifications(runtime.world());
    runtime.commit(world);
    return HttpResponse.json(notificationsJson(world));
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
      runtime.commit(result.world);
      return HttpResponse.json(notificationsJson(result.world));
    },
    DELETE: () => {
      const world = runtime.world();
      if (!world.notifications.some((n) => n.id === id))
        return notFound(`The notification '${id}' does not exist.`);
      const next = { ...world, notifications: world.notifications.filter((n) => n.id !== id) };
      runtime.commit(next);
      return HttpResponse.json(notificationsJson(next));
    },
  };
}

function route(req: ParsedRequest): Record<string, Handler> | null {
  const [, a, b, c] = req.lower;
  const n = req.lower.length;
  if (n === 2 && a === 'role') return role;
  if (n === 2 && a === 'clock') return clock;
  if (n === 3 && a === 'clock' && b === 'advance') return advance;
  if (n === 2 && a === 'lab') return lab;
  if (n === 2 && a === 'scenarios') return scenarios;
  if (n === 4 && a === 'scenarios' && c === 'load') return loadPreset(req.segments[2]);
  if (n === 2 && a === 'scenario') return scenario;
  if (n === 3 && a === 'scenario' && b === 'schema')
    return { GET: () => HttpResponse.json(scenarioJsonSchema()) }; // the scenario file format
  if (n === 2 && a === 'notifications') return notifications;
  if (n === 3 && a === 'notifications') return notification(req.segments[2]);
  if (a === 'subscriptions')
    return eligibilityRoute(req) ?? planSimulatorRoute(req) ?? processServerRoute(req);
  if (a === 'runbooks' || a === 'runbook') return runbookRoute(req); // runbooks.md §1–§3
  return null;
}

async function handleSimulator(request: Request): Promise<Response> {
  const req = parseRequest(request);
  const path = `/${req.segments.join('/')}`;
  const table = route(req);
  if (!table) return unservedPath(path);
  const handler = table[req.method];
  if (!handler) return methodNotAllowed(req.method, path);
  return handler(req, request);
}

export const simulatorHandler = http.all(/^[a-z][a-z0-9+.-]*:\/\/[^/]+\/simulator(?:\/|$)/i, ({ request }) =>
  guarded(() => handleSimulator(request)),
);

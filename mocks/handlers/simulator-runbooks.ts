/**
 * `/simulator/runbooks…` and `/simulator/runbook…` (RUNBOOK-CONTRACT.md, docs/runbooks.md §1–§3): the
 * runbook library, import, start, the running runbook's progress, hints, mistakes, stop and the
 * report. A thin skin: every decision is in `simulation/runbooks` through api.ts; real time is
 * read here (`Date.now()`) and passed in.
 */
import { HttpResponse } from 'msw';
import {
  buildReport,
  findRunbook,
  importRunbook,
  recordMistake,
  revealHint,
  runbookJsonSchema,
  runbookLibrary,
  runbookProgress,
  startRunbook,
  stopRunbook,
} from '../simulation/api';
import { armError, invalidContent, notFound, simErrorResponse } from '../http/arm-error';
import { readJsonBody } from '../http/request';
import { importedRunbookStore, runtime } from '../runtime';
import type { Handler, RoutedRequest, SimulatorRoute } from './simulator-route';

/** A runbook with an inline scenario is a whole world and more: allow what a scenario import allows. */
const MAX_RUNBOOK_BYTES = 8 * 1024 * 1024;

const progressJson = () => HttpResponse.json({ progress: runbookProgress(runtime.world()) });

async function importOne(_req: RoutedRequest, request: Request): Promise<Response> {
  let text: string;
  try {
    text = await request.text();
  } catch {
    return armError(400, 'InvalidRunbook', 'The runbook could not be read.', { target: '$' });
  }
  if (text.length > MAX_RUNBOOK_BYTES)
    return armError(400, 'InvalidRunbook', 'The runbook file is too large.', { target: '$' });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return armError(400, 'InvalidRunbook', `$: not valid JSON (${(error as Error).message})`, {
      target: '$',
      details: [{ code: 'InvalidRunbook', target: '$', message: 'not valid JSON' }],
    });
  }
  const result = importRunbook(importedRunbookStore.get(), data);
  if (!result.ok) {
    if (result.problems.length === 0) return simErrorResponse(result.error);
    return armError(result.error.status, result.error.code, result.error.message, {
      target: result.error.target,
      details: result.problems.map((p) => ({ code: 'InvalidRunbook', target: p.path, message: p.message })),
    });
  }
  importedRunbookStore.set(result.stored);
  return HttpResponse.json(result.entry, { status: 201 });
}

const library: Record<string, Handler> = {
  GET: () => HttpResponse.json({ value: runbookLibrary(importedRunbookStore.get()) }),
  POST: importOne,
};

const missing = (id: string) => notFound(`The runbook '${id}' does not exist.`, 'RunbookNotFound');

function one(id: string): Record<string, Handler> {
  return {
    GET: () => {
      const entry = findRunbook(importedRunbookStore.get(), id);
      return entry ? HttpResponse.json(entry) : missing(id);
    },
  };
}

function start(id: string): Record<string, Handler> {
  return {
    POST: () => {
      const entry = findRunbook(importedRunbookStore.get(), id);
      if (!entry) return missing(id);
      const { builtIn: _builtIn, ...doc } = entry;
      const started = startRunbook(doc, Date.now());
      if (!started.ok) return simErrorResponse(started.error);
      runtime.replace(started.world);
      return progressJson();
    },
  };
}

function report(id: string): Record<string, Handler> {
  return {
    GET: () => {
      const world = runtime.world();
      const run = world.runbook;
      if (!run || run.progress.runbookId.toLowerCase() !== id.toLowerCase())
        return notFound(`No run of the runbook '${id}' is stored.`, 'RunbookReportNotFound');
      return HttpResponse.json(buildReport(world, run, Date.now()));
    },
  };
}

const running: Record<string, Handler> = {
  GET: progressJson,
  DELETE: () => {
    runtime.commit(stopRunbook(runtime.world()));
    return HttpResponse.json({ progress: null });
  },
};

const hint: Record<string, Handler> = {
  POST: () => {
    const result = revealHint(runtime.world(), Date.now());
    if (!result.ok) return simErrorResponse(result.error);
    runtime.commit(result.world);
    return progressJson();
  },
};

const mistakes: Record<string, Handler> = {
  POST: async (_req, request) => {
    const body = await readJsonBody(request);
    if (!body.ok) return body.response;
    const code = body.value?.code;
    const message = body.value?.message;
    if (typeof code !== 'string' || code.length === 0 || code.length > 200)
      return invalidContent('code', "'code' must be a non-empty string.");
    if (typeof message !== 'string' || message.length > 2000)
      return invalidContent('message', "'message' must be a string.");
    const result = recordMistake(runtime.world(), code, message, Date.now());
    if (!result.ok) return simErrorResponse(result.error);
    runtime.commit(result.world);
    return progressJson();
  },
};

/** The `/simulator/runbook(s)…` routes (docs/runbooks.md §1–§3), in the shape of the other simulator tables. */
export const runbookRoutes: SimulatorRoute[] = [
  { pattern: ['runbooks'], handlers: library },
  {
    pattern: ['runbooks', ':runbook'],
    handlers: { GET: (req, request) => one(req.params.runbook).GET(req, request) },
  },
  {
    pattern: ['runbooks', ':runbook', 'start'],
    handlers: { POST: (req, request) => start(req.params.runbook).POST(req, request) },
  },
  {
    pattern: ['runbooks', ':runbook', 'report'],
    handlers: { GET: (req, request) => report(req.params.runbook).GET(req, request) },
  },
  { pattern: ['runbook'], handlers: running },
  { pattern: ['runbook', 'hint'], handlers: hint },
  { pattern: ['runbook', 'mistakes'], handlers: mistakes },
  { pattern: ['runbook', 'schema'], handlers: { GET: () => HttpResponse.json(runbookJsonSchema()) } },
];

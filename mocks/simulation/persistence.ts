/**
 * Persistence: the world as versioned JSON (schemaVersion 1). parseWorld validates with zod and
 * names the JSON path of the first problem, so Import scenario can say exactly what is wrong.
 */
import { worldSchema } from './world-schema';
import type { World } from './types';

export function serializeWorld(world: World): string {
  return JSON.stringify(world);
}

/** `$.items[3].status` from a zod path. */
export function jsonPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : `${acc}.${String(key)}`),
    '$',
  );
}

type Parsed = { ok: true; world: World } | { ok: false; path: string; message: string };

/** Names must be unique per kind and references must resolve (ids double as names). */
function integrity(world: World): Parsed {
  const unique = (list: { name: string }[], key: string): Parsed | null => {
    const seen = new Set<string>();
    for (let i = 0; i < list.length; i += 1) {
      const n = list[i].name.toLowerCase();
      if (seen.has(n))
        return {
          ok: false,
          path: `$.${key}[${i}].name`,
          message: `Duplicate name '${list[i].name}' in ${key}`,
        };
      seen.add(n);
    }
    return null;
  };
  for (const key of [
    'configurationServers',
    'processServers',
    'esxiHosts',
    'datastores',
    'masterTargets',
    'items',
    'jobs',
    'policies',
    'recoveryPlans',
  ] as const) {
    const problem = unique(world[key], key);
    if (problem) return problem;
  }
  const jobs = new Set(world.jobs.map((j) => j.name));
  for (let i = 0; i < world.items.length; i += 1) {
    const current = world.items[i].currentJob;
    if (current && !jobs.has(current))
      return { ok: false, path: `$.items[${i}].currentJob`, message: `Unknown job '${current}'` };
  }
  return { ok: true, world };
}

export function parseWorld(text: string): Parsed {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, path: '$', message: `Not valid JSON: ${(e as Error).message}` };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, path: '$', message: 'The scenario must be a JSON object' };
  }
  const version = (data as Record<string, unknown>).schemaVersion;
  if (version !== 1) {
    return {
      ok: false,
      path: '$.schemaVersion',
      message: `Unsupported schemaVersion ${JSON.stringify(version) ?? 'undefined'}: expected 1`,
    };
  }
  const result = worldSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    return { ok: false, path: jsonPath(issue.path), message: issue.message };
  }
  return integrity(result.data as World);
}

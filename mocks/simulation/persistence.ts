/**
 * Persistence: the world as versioned JSON (schemaVersion 1). parseWorld validates with zod and
 * names the JSON path of the first problem, so Import scenario can say exactly what is wrong.
 */
import { worldReferenceProblems } from './references';
import type { ReferenceProblem } from './references';
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

/** A refusal names the first problem's path; `problems` lists every dangling reference (import). */
type Parsed =
  { ok: true; world: World } | { ok: false; path: string; message: string; problems?: ReferenceProblem[] };

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
  // Every name must resolve (docs/scenario-format.md): refuse with the path of each dangling one.
  const problems = worldReferenceProblems(world);
  if (problems.length) {
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more dangling references)` : '';
    return { ok: false, path: problems[0].path, message: `${problems[0].message}${more}`, problems };
  }
  return { ok: true, world };
}

/**
 * The format of a world the simulation serialized itself: a fingerprint of the world schema
 * (docs/scenario.schema.json; a unit test keeps the two equal, so a schema change changes it). The
 * runtime stores it with every world it writes (mocks/world-store.ts, the revision record); a stored
 * world carrying the current format is read back by `parseOwnWorld`, without validation. Imports,
 * localStorage-era worlds, worlds of another schema and raw text carry none and go through `parseWorld`.
 */
export const WORLD_FORMAT = 'schema-1-1ksxt1b';

/**
 * A world that `serializeWorld` wrote from a valid world (the runtime's own store, same
 * `WORLD_FORMAT`): JSON.parse alone. Validating is what made a page load of a 5,000-item world cost
 * 250–450 ms (zod over 3.4 MB, then the reference checks); a 50,000-item world, seconds. Anything
 * that is not even a schemaVersion-1 object is handed to `parseWorld`, which names the problem.
 */
export function parseOwnWorld(text: string): Parsed {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return parseWorld(text);
  }
  const world = data as Partial<World> | null;
  if (typeof world !== 'object' || world === null || world.schemaVersion !== 1 || !Array.isArray(world.items))
    return parseWorld(text);
  return { ok: true, world: world as World };
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
  return integrity(result.data);
}

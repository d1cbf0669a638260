// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { expectGeneratedSchemaFile } from './generated-schema-file';
import { WORLD_FORMAT, parseOwnWorld, parseWorld, serializeWorld } from './persistence';
import { scenarioJsonSchema } from './scenario-schema';
import { listScenarios, loadScenario } from './scenarios';

describe('scenario file format (issue 5)', () => {
  it('docs/scenario.schema.json is the schema generated from the zod world schema', () => {
    // Regenerate with: WRITE_SCENARIO_SCHEMA=1 npx vitest run mocks/simulation/scenario-schema.test.ts
    expectGeneratedSchemaFile('scenario.schema.json', scenarioJsonSchema(), 'WRITE_SCENARIO_SCHEMA');
  });

  it('the schema describes the whole world: schemaVersion 1 and every top-level key', () => {
    const schema = scenarioJsonSchema() as {
      properties: Record<string, { const?: unknown }>;
      required: string[];
    };
    expect(schema.properties.schemaVersion.const).toBe(1);
    expect(schema.required).toEqual(
      expect.arrayContaining(['items', 'masterTargets', 'volumes', 'processServers']),
    );
    expect(Object.keys(schema.properties)).toContain('azure');
  });

  it('every preset round-trips through export and import, each with a title', () => {
    for (const { id, title } of listScenarios()) {
      expect(title.length).toBeGreaterThan(5);
      const world = loadScenario(id);
      if (!world) throw new Error(id);
      const parsed = parseWorld(serializeWorld(world));
      expect(parsed.ok && parsed.world).toEqual(world);
    }
  });

  it('WORLD_FORMAT is the fingerprint of the current schema (a stored world of another schema is validated)', () => {
    // FNV-1a of the generated schema: any change of the world schema changes it.
    let h = 0x811c9dc5;
    const text = JSON.stringify(scenarioJsonSchema());
    for (let i = 0; i < text.length; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    expect(
      WORLD_FORMAT,
      'the world schema changed: set WORLD_FORMAT (mocks/simulation/persistence.ts) to this',
    ).toBe(`schema-1-${(h >>> 0).toString(36)}`);
  });

  it("a world the simulation serialized reads back the same without validation (the store's own writes)", () => {
    for (const { id } of listScenarios()) {
      const text = serializeWorld(loadScenario(id)!);
      const own = parseOwnWorld(text);
      const validated = parseWorld(text);
      expect(own.ok && own.world).toEqual(validated.ok && validated.world);
    }
    // Not JSON, or not a world: validated, with the path of the problem.
    expect(parseOwnWorld('{nope')).toMatchObject({ ok: false, path: '$' });
    expect(parseOwnWorld('{"schemaVersion":2}')).toMatchObject({ ok: false, path: '$.schemaVersion' });
  });

  it('presets: one per failure family, loadable case-insensitively', () => {
    const ids = listScenarios().map((s) => s.id);
    for (const id of [
      'default',
      'network-vpn-down',
      'mt-snapshots',
      'datastore-read-only-vcenter',
      'datastore-alternate-vcenter',
      'retention-drive-pending',
      'process-server-no-heartbeat',
      'process-server-classic',
      'agent-not-registered',
      'licence-free-esxi',
    ])
      expect(ids).toContain(id);
    expect(loadScenario('MT-Snapshots')?.scenario).toBe('mt-snapshots');
  });

  it('hostile names are accepted as data (the UI renders text, never HTML)', () => {
    const world = loadScenario('default');
    if (!world) throw new Error('default');
    const hostile = '<img src=x onerror=alert(1)>';
    world.vault.subscriptionName = hostile;
    world.items[0].osName = `${hostile}"'&`;
    const parsed = parseWorld(serializeWorld(world));
    expect(parsed.ok && parsed.world.items[0].osName).toBe(`${hostile}"'&`);
  });

  it('a wrong schemaVersion gets a precise message at $.schemaVersion', () => {
    const world = JSON.parse(serializeWorld(loadScenario('default')!)) as Record<string, unknown>;
    const parsed = parseWorld(JSON.stringify({ ...world, schemaVersion: 2 }));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.path).toContain('schemaVersion');
      expect(parsed.message).toMatch(/schemaVersion|version/i);
    }
  });
});

/**
 * The scenario file format as JSON Schema, generated from the zod world schema (persistence
 * validates imports with the same schema), served at `GET /simulator/scenario/schema` and kept
 * in `docs/scenario.schema.json` (a unit test checks the committed copy is current).
 */
import { z } from 'zod';
import { frozenOnce } from './frozen';
import { worldSchema } from './world-schema';

export const SCENARIO_SCHEMA_ID = 'https://site-recovery-simulator.local/scenario.schema.json';

/** Generated on first use (z.toJSONSchema walks the whole world schema: milliseconds a call), then shared, frozen. */
export const scenarioJsonSchema: () => Record<string, unknown> = frozenOnce(() => {
  const schema = z.toJSONSchema(worldSchema, { target: 'draft-2020-12', io: 'input' }) as Record<
    string,
    unknown
  >;
  return {
    $id: SCENARIO_SCHEMA_ID,
    title: 'Site Recovery Simulator scenario (schemaVersion 1)',
    ...schema,
  };
});

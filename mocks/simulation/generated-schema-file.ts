// Test helper (Vitest, node): the JSON Schema files in docs/ are generated from the zod schemas.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect } from 'vitest';

/**
 * Expects the committed `docs/<name>` to be `schema`, the JSON Schema generated from zod. Compared
 * as data, so Prettier may format the committed file. With the environment variable `write` set
 * (`WRITE_…=1 npx vitest run <the test file>`) the test regenerates the file first.
 */
export function expectGeneratedSchemaFile(name: string, schema: unknown, write: string) {
  const file = resolve(__dirname, '../../docs', name);
  const generated = `${JSON.stringify(schema, null, 2)}\n`;
  if (process.env[write]) writeFileSync(file, generated);
  expect(
    JSON.parse(readFileSync(file, 'utf8')),
    `docs/${name} is stale: regenerate it with ${write}=1 npx vitest run on its test`,
  ).toEqual(JSON.parse(generated));
}

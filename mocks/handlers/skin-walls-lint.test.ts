// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

/** ARCHITECTURE.md walls: the HTTP skin reaches the simulation only through simulation/api.ts (lint enforces it). */
describe('lint: the HTTP skin imports the simulation only through api.ts', () => {
  const lint = async (code: string, filePath: string) => {
    const eslint = new ESLint({ cwd: process.cwd() });
    const [result] = await eslint.lintText(code, { filePath });
    return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.line);
  };

  it.each(['mocks/handlers/probe.ts', 'mocks/http/probe.ts'])(
    'refuses a simulation module other than api.ts, values and types alike (%s)',
    async (filePath) => {
      const code = [
        "import { visibleVolumes } from '../simulation/visibility';",
        "import type { World } from '../simulation/types';",
        'export const f = (w: World) => visibleVolumes(w, w.masterTargets[0]);',
        '',
      ].join('\n');
      expect(await lint(code, filePath)).toEqual([1, 2]);
    },
  );

  it('accepts api.ts and the skin’s own modules', async () => {
    const code = [
      "import { visibleVolumes } from '../simulation/api';",
      "import type { World } from '../simulation/api';",
      "import { fabricJson } from '../http/infra-json';",
      'export const all = [visibleVolumes, fabricJson] as const;',
      'export type W = World;',
      '',
    ].join('\n');
    expect(await lint(code, 'mocks/handlers/probe.ts')).toEqual([]);
  });
});

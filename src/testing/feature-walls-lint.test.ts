// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

/** ARCHITECTURE.md walls: a feature folder never imports another (lint enforces it, and can fail). */
describe('lint: feature folders never import each other', () => {
  const lint = async (code: string, filePath: string) => {
    const eslint = new ESLint({ cwd: process.cwd() });
    const [result] = await eslint.lintText(code, { filePath });
    return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.line);
  };

  it('refuses an import from a sibling feature folder', async () => {
    const code = "import { JobsBlade } from '../jobs/jobs-blade';\nexport const B = JobsBlade;\n";
    expect(await lint(code, 'src/features/vault/probe.tsx')).toEqual([1]);
  });

  it('accepts its own folder and the shared layers', async () => {
    const code = [
      "import { keys } from '../../api/query-keys';",
      "import { Blade } from '../../components/blade';",
      "import { local } from './local';",
      'export const all = [keys, Blade, local];',
      '',
    ].join('\n');
    expect(await lint(code, 'src/features/vault/probe.tsx')).toEqual([]);
  });
});

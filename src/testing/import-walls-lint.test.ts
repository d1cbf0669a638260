// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

/** ARCHITECTURE.md walls that lint enforces (and can fail): src reaches mocks only from main.tsx and src/testing; no import cycles. */
const lint = async (code: string, filePath: string, ruleId: string) => {
  const eslint = new ESLint({ cwd: process.cwd() });
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.filter((m) => m.ruleId === ruleId).map((m) => m.line);
};

describe('lint: src imports mocks only from main.tsx and src/testing', () => {
  const code = "import { server } from '../../mocks/node';\nexport const s = server;\n";

  it('refuses mocks from the app layers', async () => {
    expect(await lint(code, 'src/api/probe.ts', 'import-x/no-restricted-paths')).toEqual([1]);
    const fromFeature = "import { world } from '../../../mocks/runtime';\nexport const w = world;\n";
    expect(await lint(fromFeature, 'src/features/vault/probe.tsx', 'import-x/no-restricted-paths')).toEqual([
      1,
    ]);
  });

  it('accepts mocks in src/testing and the shared test server elsewhere', async () => {
    expect(await lint(code, 'src/testing/probe.ts', 'import-x/no-restricted-paths')).toEqual([]);
    const viaTesting = "import { server } from '../testing/server';\nexport const s = server;\n";
    expect(await lint(viaTesting, 'src/api/probe.test.ts', 'import-x/no-restricted-paths')).toEqual([]);
  });
});

describe('lint: no import cycles', () => {
  it('refuses an import that closes a cycle (ids.ts is imported by job-engine.ts)', async () => {
    const code = "import { runningTask } from './job-engine';\nexport const r = runningTask;\n";
    expect(await lint(code, 'mocks/simulation/ids.ts', 'import-x/no-cycle')).toEqual([1]);
  }, 60000);

  it('accepts an import that goes one way only', async () => {
    const code = "import { nextGuid } from './ids';\nexport const g = nextGuid;\n";
    expect(await lint(code, 'mocks/simulation/probe.ts', 'import-x/no-cycle')).toEqual([]);
  }, 60000);
});

// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

/** docs/ui-names.md §10: the lint rule that keeps controls from disabling themselves can fail. */
describe('lint: no self-disabling control (docs/ui-names.md §10)', () => {
  const lint = async (code: string) => {
    const eslint = new ESLint({ cwd: process.cwd() });
    const [result] = await eslint.lintText(code, { filePath: 'src/features/probe/probe.tsx' });
    return result.messages.filter((m) => m.ruleId === 'no-restricted-syntax').map((m) => m.line);
  };

  it('refuses disabled={busy}, disabled={x.isPending} and disabled={a || submitting}', async () => {
    const code = [
      "import { Button } from '@fluentui/react-components';",
      'export const P = (p: { busy: boolean; m: { isPending: boolean }; a: boolean; submitting: boolean }) => (',
      '  <>',
      '    <Button disabled={p.busy}>a</Button>',
      '    <Button disabled={p.m.isPending}>b</Button>',
      '    <Button disabled={p.a || p.submitting}>c</Button>',
      '  </>',
      ');',
      '',
    ].join('\n');
    expect(await lint(code)).toEqual([4, 5, 6]);
  });

  it('accepts disabledFocusable={busy} and a disabled that is not about a request', async () => {
    const code = [
      "import { Button } from '@fluentui/react-components';",
      'export const P = (p: { busy: boolean; empty: boolean }) => (',
      '  <>',
      '    <Button disabledFocusable={p.busy}>a</Button>',
      '    <Button disabled={p.empty}>b</Button>',
      '  </>',
      ');',
      '',
    ].join('\n');
    expect(await lint(code)).toEqual([]);
  });
});

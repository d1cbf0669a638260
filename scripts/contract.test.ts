import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogCodes } from '../mocks/simulation/errors';
import { checkCitations, checkRuleIndex, type SourceFile } from './contract-check';

// The contract inside the repository (docs/rules.md, docs/ui-names.md, docs/api.md …) holds against the code.
const SKIP = new Set([
  'node_modules',
  '.git',
  'dist',
  'reports',
  'test-results',
  'playwright-report',
  'recordings',
]);
const TEXT = /\.(?:ts|tsx|mts|mjs|cjs|js|json|md|html)$/;

function walk(dir: string, out: SourceFile[] = []): SourceFile[] {
  for (const name of readdirSync(dir)) {
    if (SKIP.has(name)) continue;
    const path = dir === '.' ? name : join(dir, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else if (TEXT.test(name) && !path.startsWith('public/'))
      out.push({ path, text: readFileSync(path, 'utf8') });
  }
  return out;
}

const read = (path: string) =>
  existsSync(path) && statSync(path).isFile() ? readFileSync(path, 'utf8') : undefined;
const repository = walk('.');
const code = repository.filter((f) => /^(?:src|mocks|e2e|scripts)\//.test(f.path));

describe('the contract inside the repository', () => {
  it('docs/rules.md has a row for every rule id and error code the code cites; its paths and names exist', () => {
    expect(checkRuleIndex(read('docs/rules.md') ?? '', code, read, catalogCodes())).toEqual([]);
  });

  it('every docs/<file>.md §N cited in the repository has that file and heading', () => {
    expect(checkCitations(repository, read)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { checkCitations, checkRuleIndex, referencesOf, ruleIdsIn, sectionsOf } from './contract-check';

// Ids and citations are built from parts so that this file cites nothing itself.
const id = (prefix: string, n: number) => `${prefix}-${n}`;
const doc = (name: string) => `docs/${name}.md`;
const cite = (name: string, section: string) => `${doc(name)} §${section}`;

const files: Record<string, string> = {
  'mocks/simulation/eligibility.ts': 'export function reProtect() {}\nexport const TABLE = {};\n',
  'mocks/simulation/eligibility.test.ts': "it('works', () => {});\n",
};
const read = (path: string) => files[path];

const index = [
  '## §1 Life',
  '',
  '| id | rule | enforced by | proved by |',
  '|---|---|---|---|',
  `| ${id('LIFE', 3)} | Re-protect back. | \`mocks/simulation/eligibility.ts\` \`reProtect()\` \`TABLE\` | \`mocks/simulation/eligibility.test.ts\` |`,
  `| ${id('LIFE', 8)} | VM stays off. | documented only | no test names it |`,
  '| 95226 | VPN down. | `mocks/simulation/eligibility.ts` `reProtect()` | no test names it |',
  '',
].join('\n');

const code = (text: string) => [{ path: 'mocks/simulation/ops.ts', text }];

describe('rule index check (docs/rules.md)', () => {
  it('passes when every cited id has a row and every path and name exists', () => {
    const source = code(`// ${id('LIFE', 3)}, ${id('LIFE', 8)}: …`);
    expect(checkRuleIndex(index, source, read, ['95226'])).toEqual([]);
  });

  it('fails on a rule id cited in the code with no row', () => {
    const problems = checkRuleIndex(index, code(`// ${id('DS', 4)}: read-only vCenter`), read);
    expect(problems).toEqual([
      `docs/rules.md has no row for ${id('DS', 4)} (cited in mocks/simulation/ops.ts)`,
    ]);
  });

  it('fails on an error code of the catalog with no row', () => {
    expect(checkRuleIndex(index, [], read, ['95226', '990001'])).toEqual([
      'docs/rules.md has no row for error code 990001',
    ]);
  });

  it('fails on a dead path', () => {
    const dead = index.replace('eligibility.test.ts', 'gone.test.ts');
    expect(checkRuleIndex(dead, [], read)).toEqual([
      'docs/rules.md:5: mocks/simulation/gone.test.ts does not exist',
    ]);
  });

  it('fails on a name that is not in its file', () => {
    const renamed = index.replace('`TABLE`', '`reprotectEligibility()`');
    expect(checkRuleIndex(renamed, [], read)).toEqual([
      'docs/rules.md:5: reprotectEligibility() does not occur in mocks/simulation/eligibility.ts',
    ]);
  });

  it('reads ids, ranges’ first ids and paths with their names', () => {
    expect(ruleIdsIn(`${id('RV', 1)}..7, ${id('RPL', 2)} and ${id('RP', 3)}; PS-AZURE-01 is a name`)).toEqual(
      [id('RV', 1), id('RPL', 2), id('RP', 3)],
    );
    expect(referencesOf(index)[0]).toEqual({
      line: 5,
      path: 'mocks/simulation/eligibility.ts',
      names: ['reProtect()', 'TABLE'],
    });
  });
});

describe('citation check (docs/<file>.md §N)', () => {
  const docs: Record<string, string> = {
    'docs/api.md': '# API\n\n## §1 Addressing\n\n### §2.1 ARM routes served\n',
  };
  const readDoc = (path: string) => docs[path];

  it('passes for an existing file and heading, also at the end of a sentence', () => {
    const source = [{ path: 'mocks/http/a.ts', text: `// ${cite('api', '2.1')}; see ${cite('api', '1')}.` }];
    expect(checkCitations(source, readDoc)).toEqual([]);
    expect(sectionsOf(docs['docs/api.md'])).toEqual(new Set(['1', '2.1']));
  });

  it('fails on a missing heading and on a missing file', () => {
    const source = [{ path: 'src/x.ts', text: `// ${cite('api', '9')} and ${cite('nowhere', '1')}` }];
    expect(checkCitations(source, readDoc)).toEqual([
      `src/x.ts: ${cite('api', '9')}: no heading §9 in docs/api.md`,
      `src/x.ts: ${cite('nowhere', '1')}: ${doc('nowhere')} does not exist`,
    ]);
  });
});

// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Driver, reprotectBack } from './test-driver';
import { conditionKinds } from './test-driver';
import { parseRunbook } from './validate';

const DOC = readFileSync(resolve(__dirname, '../../../docs/runbook-format.md'), 'utf8');

describe('docs/runbook-format.md', () => {
  it('the complete example validates and can be completed with 0 mistakes (RP-4)', () => {
    const block = /```json\n([\s\S]*?)\n```/.exec(DOC);
    if (!block) throw new Error('no json example');
    const parsed = parseRunbook(JSON.parse(block[1]));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const d = new Driver(parsed.document);
    d.operate('web-01', reprotectBack()).untilJobsFinish();
    d.lab({ network: { vpnConnected: true } });
    d.restart('Reprotect', 'web-01').untilJobsFinish();
    expect(d.progress).toMatchObject({ complete: true, mistakes: 0 });
  });

  it('documents every condition kind', () => {
    for (const kind of conditionKinds()) expect(DOC, kind).toContain(`\`${kind}\``);
  });
});

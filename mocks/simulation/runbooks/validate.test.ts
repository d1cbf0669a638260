// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { serializeWorld } from '../persistence';
import { fresh } from '../test-helpers';
import { importRunbook, runbookLibrary } from './library';
import { startRunbook } from './progress';
import { parseRunbook } from './validate';
import { runbookDocument, runbookStep } from '../../../contract/runbook-document.cases';

const doc = runbookDocument;
const step = runbookStep;
const problems = (data: unknown) => {
  const parsed = parseRunbook(data);
  if (parsed.ok) throw new Error('expected problems');
  return parsed.problems;
};

describe('runbook import validation (docs/runbooks.md §1: JSON path and reason per problem)', () => {
  it('a valid document is accepted as is', () => {
    expect(parseRunbook(doc())).toEqual({ ok: true, document: doc() });
  });

  it('schema problems: every one with its path, nested conditions included', () => {
    const found = problems(
      doc({
        id: 'Not Kebab',
        title: { 'pt-BR': 'sem en' },
        steps: [
          step({ done: { kind: 'allOf', conditions: [{ kind: 'job', status: 'Exploded' }] } }),
          step({ id: 'two', rules: ['life-3'], extra: true }),
        ],
      }),
    );
    expect(found.map((p) => p.path)).toEqual([
      'id',
      'title.en',
      'steps[0].done.conditions[0].status',
      'steps[1].rules[0]',
      'steps[1]',
    ]);
    expect(found.every((p) => p.message.length > 3)).toBe(true);
    expect(problems([])[0].path).toBe('$');
    expect(problems(doc({ steps: [step({ done: { kind: 'teleport' } })] }))[0].path).toBe(
      'steps[0].done.kind',
    );
  });

  it('cross-references: unknown preset, duplicate step ids, unknown item, later step in elapsed, unknown error code', () => {
    expect(problems(doc({ scenario: 'nope' }))).toEqual([
      { path: 'scenario', message: "Unknown scenario 'nope'" },
    ]);
    const found = problems(
      doc({
        steps: [
          step({}),
          step({
            done: {
              kind: 'anyOf',
              conditions: [
                { kind: 'vmRunning', item: 'ghost-01', site: 'Azure', running: true },
                { kind: 'elapsed', minutes: 5, since: { step: 'later' } },
                { kind: 'volume', masterTarget: 'mt-nope' },
                { kind: 'processServer', configurationServer: 'cs-09' },
              ],
            },
            expectFailure: { errorCode: '12345' },
          }),
          step({ id: 'later' }),
        ],
      }),
    );
    expect(found.map((p) => p.path)).toEqual([
      'steps[1].id',
      'steps[1].done.conditions[0].item',
      'steps[1].done.conditions[1].since.step',
      'steps[1].done.conditions[2].masterTarget',
      'steps[1].done.conditions[3].configurationServer',
      'steps[1].expectFailure.errorCode',
    ]);
  });

  it('an inline scenario is checked as a scenario file (its path under scenario) and names are checked against it', () => {
    const world = JSON.parse(serializeWorld(fresh())) as Record<string, unknown>;
    expect(parseRunbook(doc({ scenario: world })).ok).toBe(true);
    const bad = problems(doc({ scenario: { ...world, speed: 7 } }));
    expect(bad[0].path).toBe('scenario.speed');
    // The scenario is valid on its own (every reference resolves), but the step names an item it lacks.
    const ghost = step({ done: { kind: 'itemStatus', item: 'ghost-01', status: 'Protected' } });
    expect(problems(doc({ scenario: world, steps: [ghost] }))[0].path).toBe('steps[0].done.item');
  });

  it('a runbook with an inline scenario starts from it, clock paused', () => {
    const world = fresh();
    world.vault.name = 'inline-vault';
    const parsed = parseRunbook(doc({ scenario: JSON.parse(serializeWorld(world)) }));
    if (!parsed.ok) throw new Error('valid');
    const started = startRunbook(parsed.document, 0);
    expect(started.ok && started.world.vault.name).toBe('inline-vault');
    expect(started.ok && started.world.speed).toBe(0);
    expect(started.ok && started.world.runbook?.document.scenario).toBe('default');
  });

  it('library: built-ins first; import replaces a same-id import, refuses a built-in id (409) and invalid documents (400)', () => {
    const first = importRunbook([], doc());
    if (!first.ok) throw new Error('import');
    const second = importRunbook(first.stored, doc({ version: 2 }));
    if (!second.ok) throw new Error('import');
    expect(second.stored).toHaveLength(1);
    expect(second.entry).toMatchObject({ version: 2, builtIn: false, title: { 'nl-NL': 'Drill' } });
    const library = runbookLibrary([...second.stored, { nonsense: true }]);
    expect(library[0].id).toBe('vmware-failback-web-01');
    expect(library.at(-1)?.id).toBe('drill');
    expect(library).toHaveLength(11);
    const clash = importRunbook([], doc({ id: 'troubleshoot-vpn-95226' }));
    expect(!clash.ok && clash.error).toMatchObject({ status: 409, code: 'RunbookExists' });
    const invalid = importRunbook([], doc({ version: 0 }));
    expect(!invalid.ok && invalid.error).toMatchObject({
      status: 400,
      code: 'InvalidRunbook',
      target: 'version',
    });
    expect(!invalid.ok && invalid.error.message).toContain('version: ');
  });
});

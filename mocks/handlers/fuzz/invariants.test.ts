// @vitest-environment node
/** The fuzz suite's invariants (docs/api.md §6) catch what they are for, cached verdicts included. */
import { describe, expect, it } from 'vitest';
import { IN_PROGRESS_STATUSES, loadScenario } from '../../simulation/api';
import type { World } from '../../simulation/api';
import { prototypeSnapshot, stepProblem, worldProblem } from './invariants';

const world = (): World => loadScenario('default')!;
const ok = { status: 200, headers: new Headers(), text: '{}' };

describe('fuzz invariants', () => {
  it('worldProblem: a valid world passes; a schema break, a dangling reference, an unheld in-progress item fail', () => {
    expect(worldProblem(world())).toBeNull();
    expect(worldProblem(world())).toBeNull(); // the cached verdict of the same text

    const badSchema = world();
    (badSchema.items[0] as { status: string }).status = 'Dancing';
    expect(worldProblem(badSchema)).toMatch(/fails its own schema at \$\.items\[0\]\.status/);

    const dangling = world();
    dangling.recoveryPlans[0].items = [...dangling.recoveryPlans[0].items, 'no-such-vm'];
    expect(worldProblem(dangling)).toMatch(/^dangling reference \$\.recoveryPlans\[0\]\.items/);

    const unheld = world();
    const item = unheld.items.findIndex((i) => i.status === 'Protected');
    unheld.items[item] = { ...unheld.items[item], status: IN_PROGRESS_STATUSES[0], currentJob: null };
    expect(worldProblem(unheld)).toBe(
      `'${unheld.items[item].name}' is ${IN_PROGRESS_STATUSES[0]} but no active job holds it`,
    );
    // A world that only differs by one field is checked afresh, not given another world's verdict.
    expect(worldProblem(world())).toBeNull();
  });

  it('stepProblem: a changed built-in prototype fails the step, whatever the world', () => {
    const prototypes = prototypeSnapshot();
    const w = world();
    const step = { label: 'GET /x', method: 'GET', answer: ok, before: w, after: w, replaced: false };
    expect(stepProblem(step, prototypes)).toBeNull();
    const original = Array.prototype.includes;
    try {
      Array.prototype.includes = () => true;
      expect(stepProblem(step, prototypes)).toBe('built-in Array.includes was replaced');
    } finally {
      Array.prototype.includes = original;
    }
    const extra = Object.prototype as { polluted?: number };
    try {
      extra.polluted = 1;
      expect(stepProblem(step, prototypes)).toBe('built-in prototypes gained or lost properties');
    } finally {
      delete extra.polluted;
    }
    expect(stepProblem(step, prototypes)).toBeNull();
  });

  it('stepProblem: a GET or a refusal that changed the world fails', () => {
    const prototypes = prototypeSnapshot();
    const before = world();
    const after: World = { ...before, speed: before.speed === 0 ? 1 : 0 };
    expect(
      stepProblem({ label: 'GET /x', method: 'GET', answer: ok, before, after, replaced: false }, prototypes),
    ).toBe('200 to GET changed the world');
  });
});

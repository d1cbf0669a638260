import { describe, expect, it } from 'vitest';
import { draftOf } from './draft';
import { listScenarios, loadScenario } from './scenarios';

describe('draftOf: the copy a change works on', () => {
  it('equals the world and shares nothing with it, for every preset', () => {
    for (const { id } of listScenarios()) {
      const world = loadScenario(id)!;
      const draft = draftOf(world);
      expect(draft).toEqual(structuredClone(world));
      draft.items[0].name = 'changed';
      draft.jobs.push(...draft.jobs);
      expect(world.items[0].name).not.toBe('changed');
      expect(world).toEqual(loadScenario(id));
    }
  });
});

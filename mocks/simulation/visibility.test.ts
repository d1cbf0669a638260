import { describe, expect, it } from 'vitest';
import { addMinutes } from './time';
import { fresh } from './test-helpers';
import {
  discovered,
  processServerVisible,
  visibleDatastores,
  visibleProcessServers,
  visibleVolumes,
} from './visibility';
import type { World } from './types';

const mtOf = (world: World) => world.masterTargets[0];
const csOf = (world: World) =>
  world.configurationServers.find((c) => c.name === mtOf(world).configurationServer)!;

describe('visibility (what the configuration server shows)', () => {
  it('RV-7: a volume added after the last discovery is not visible until the next one', () => {
    const world = fresh();
    const mt = mtOf(world);
    const cs = csOf(world);
    const before = visibleVolumes(world, mt).map((v) => v.name);
    const added = addMinutes(cs.lastDiscovery, 1);
    world.volumes.push({
      ...world.volumes.find((v) => v.masterTarget === mt.name)!,
      name: 'Z:',
      addedAt: added,
    });
    expect(visibleVolumes(world, mt).map((v) => v.name)).toEqual(before);
    expect(discovered(world, cs.name, added)).toBe(false);
    cs.lastDiscovery = added;
    expect(visibleVolumes(world, mt).map((v) => v.name)).toContain('Z:');
  });

  it('RV-7: compares times, not strings (an offset time before the discovery counts)', () => {
    const world = fresh();
    const cs = csOf(world);
    const at = new Date(Date.parse(cs.lastDiscovery) - 60_000).toISOString().replace('Z', '+00:00');
    expect(discovered(world, cs.name, at)).toBe(true);
    expect(discovered(world, 'no-such-server', at)).toBe(false);
  });

  it('DS-4: a read-only vCenter account shows no datastores', () => {
    const world = fresh();
    const mt = mtOf(world);
    expect(visibleDatastores(world, mt).length).toBeGreaterThan(0);
    world.environment.vcenterAccount = 'ReadOnly';
    expect(visibleDatastores(world, mt)).toEqual([]);
  });

  it("RV-7: only discovered datastores of the master target's host", () => {
    const world = fresh();
    const mt = mtOf(world);
    const cs = csOf(world);
    const ds = world.datastores.find((d) => d.host === mt.host)!;
    ds.addedAt = addMinutes(cs.lastDiscovery, 5);
    expect(visibleDatastores(world, mt).map((d) => d.name)).not.toContain(ds.name);
    expect(visibleDatastores(world, mt).every((d) => d.host === mt.host)).toBe(true);
  });

  it('PS-3: a deployed process server is visible only from its visibleFrom time', () => {
    const world = fresh();
    const ps = world.processServers[0];
    expect(processServerVisible(world, ps)).toBe(true);
    ps.visibleFrom = addMinutes(world.now, 12);
    expect(processServerVisible(world, ps)).toBe(false);
    expect(visibleProcessServers(world, ps.configurationServer).map((p) => p.name)).not.toContain(ps.name);
    world.now = addMinutes(world.now, 12);
    expect(visibleProcessServers(world, ps.configurationServer).map((p) => p.name)).toContain(ps.name);
  });
});

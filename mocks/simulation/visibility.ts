/**
 * What the configuration server shows (docs/rules.md): a volume or datastore exists in the world
 * as soon as it is added, but the portal sees it only once a discovery has run since (RV-7); a
 * read-only vCenter account discovers no datastores (DS-4); a deployed process server appears
 * 12 simulated minutes after its job (PS-3). The fields (fields.ts), the runbook conditions and
 * the HTTP skin's fabric JSON all ask these functions.
 */
import { findByName } from './lookup';
import { ms } from './time';
import type { Datastore, MasterTarget, ProcessServer, Volume, World } from './types';

/** RV-7: added at or before the configuration server's last discovery. */
export function discovered(world: World, configurationServer: string, addedAt: string): boolean {
  const server = findByName(world.configurationServers, configurationServer);
  return !!server && ms(addedAt) <= ms(server.lastDiscovery);
}

/** PS-3: a newly deployed process server is visible once its visibleFrom time has come. */
export function processServerVisible(world: World, ps: ProcessServer): boolean {
  return ps.visibleFrom === null || ms(ps.visibleFrom) <= ms(world.now);
}

/** PS-3: the configuration server's visible process servers. */
export function visibleProcessServers(world: World, configurationServer: string): ProcessServer[] {
  return world.processServers.filter(
    (ps) => ps.configurationServer === configurationServer && processServerVisible(world, ps),
  );
}

/** RV-7: the master target's retention volumes that a discovery has seen. */
export function visibleVolumes(world: World, mt: MasterTarget): Volume[] {
  return world.volumes.filter(
    (v) => v.masterTarget === mt.name && discovered(world, mt.configurationServer, v.addedAt),
  );
}

/** DS-4: none with a read-only vCenter account; RV-7: only the discovered datastores of the MT's host. */
export function visibleDatastores(world: World, mt: MasterTarget): Datastore[] {
  if (world.environment.vcenterAccount === 'ReadOnly') return [];
  return world.datastores.filter(
    (d) => d.host === mt.host && discovered(world, mt.configurationServer, d.addedAt),
  );
}

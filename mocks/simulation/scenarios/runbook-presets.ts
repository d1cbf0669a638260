/**
 * Presets the built-in runbooks start from when no failure family preset fits (docs/runbooks.md §2):
 * the default world with its Azure resources written out, one fact changed.
 */
import type { FailurePreset } from './failure-presets';
import { preset } from './failure-presets';

export const runbookPresets: FailurePreset[] = [
  {
    id: 'process-server-none-in-azure',
    title: 'Process server: none in Azure yet, site-to-site VPN only: deploy one for failback (PS-1, PS-3)',
    build: () =>
      preset('process-server-none-in-azure', (w) => {
        w.processServers = w.processServers.filter((p) => p.location !== 'Azure');
      }),
  },
  {
    id: 'retention-drive-missing',
    title: 'Retention drive: cs-01 has no eligible drive (R: missing): add one (RV-1..7)',
    build: () =>
      preset('retention-drive-missing', (w) => {
        w.volumes = w.volumes.filter((v) => !(v.masterTarget === 'cs-01' && v.name === 'R:'));
      }),
  },
];

/**
 * View automation's Azure PowerShell (docs/ui-names.md §4), the failover jobs: every cmdlet call, with every
 * parameter, fits one parameter set of the cmdlet's own help (src/testing/powershell-help.ts).
 */
import { describe, expect, it } from 'vitest';
import { expectFitsHelp } from '../testing/powershell-help';
import { FAILOVER_SCRIPTS } from '../testing/powershell-scripts';

describe('View automation PowerShell, the failover jobs: parameter names from the cmdlets’ own help', () => {
  it.each(Object.entries(FAILOVER_SCRIPTS))(
    '%s: every cmdlet call fits one documented parameter set',
    (_name, script) => expectFitsHelp(script),
  );

  it('HV-4: a failback script that passes -DataEncryptionPrimaryCertFile says the cmdlet ignores it then', () => {
    // The cmdlet's source (StartAzureRmRecoveryServicesAsrPlannedFailoverJob.cs) sends the key only
    // for PrimaryToRecovery.
    for (const name of ['planned failback, alternate host and key', 'plan planned failback, per machine'])
      expect(FAILOVER_SCRIPTS[name]).toContain('the cmdlet sends the key only when failing over to Azure');
    expect(FAILOVER_SCRIPTS['planned failback, original host']).not.toContain(
      'DataEncryptionPrimaryCertFile',
    );
  });
});

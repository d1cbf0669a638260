/**
 * View automation's Azure PowerShell (docs/ui-names.md §4), commit, recovery point and removal: every cmdlet call, with every
 * parameter, fits one parameter set of the cmdlet's own help (src/testing/powershell-help.ts).
 */
import { describe, it } from 'vitest';
import { expectFitsHelp } from '../testing/powershell-help';
import { COMMIT_SCRIPTS } from '../testing/powershell-scripts';

describe('View automation PowerShell, commit, recovery point and removal: parameter names from the cmdlets’ own help', () => {
  it.each(Object.entries(COMMIT_SCRIPTS))(
    '%s: every cmdlet call fits one documented parameter set',
    (_name, script) => expectFitsHelp(script),
  );
});

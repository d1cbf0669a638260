/**
 * View automation's Azure PowerShell (docs/ui-names.md §4), the protection direction: every cmdlet call, with every
 * parameter, fits one parameter set of the cmdlet's own help (src/testing/powershell-help.ts).
 */
import { describe, it } from 'vitest';
import { expectFitsHelp } from '../testing/powershell-help';
import { PROTECTION_SCRIPTS } from '../testing/powershell-scripts';

describe('View automation PowerShell, the protection direction: parameter names from the cmdlets’ own help', () => {
  it.each(Object.entries(PROTECTION_SCRIPTS))(
    '%s: every cmdlet call fits one documented parameter set',
    (_name, script) => expectFitsHelp(script),
  );
});

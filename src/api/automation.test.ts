import { describe, expect, it } from 'vitest';
import {
  armRequestUrl,
  azRestCommand,
  formatArmRequest,
  itemPreamble,
  parseArmId,
  planPreamble,
  psCall,
  psQuote,
} from './automation';

export const ITEM_ID =
  '/Subscriptions/6f1c2a9e-0b6d-4e4c-9a55-3c1d2e7f8a10/resourceGroups/contoso-dr-rg/providers/Microsoft.RecoveryServices/vaults/contoso-vault/replicationFabrics/cs-01/replicationProtectionContainers/cloud_cs-01/replicationProtectedItems/web-01';

describe('View automation formats (docs/ui-names.md §4)', () => {
  const request = {
    method: 'POST' as const,
    path: `${ITEM_ID}/reProtect`,
    body: { properties: { a: "it's" } },
  };

  it('the ARM request: method, URL with api-version, JSON body', () => {
    expect(armRequestUrl(request)).toBe(
      `https://management.azure.com${ITEM_ID}/reProtect?api-version=2023-06-01`,
    );
    const text = formatArmRequest(request);
    expect(text.split('\n')[0]).toBe(
      `POST https://management.azure.com${ITEM_ID}/reProtect?api-version=2023-06-01`,
    );
    expect(JSON.parse(text.split('\n').slice(3).join('\n'))).toEqual(request.body);
  });

  it('az rest: method, quoted URL, the body single-quoted for the shell', () => {
    const command = azRestCommand(request);
    expect(command).toContain('az rest --method post');
    expect(command).toContain(
      `--url "https://management.azure.com${ITEM_ID}/reProtect?api-version=2023-06-01"`,
    );
    expect(command).toContain(`--body '{"properties":{"a":"it'\\''s"}}'`);
  });

  it('the names in an item id and a plan id', () => {
    expect(parseArmId(ITEM_ID)).toMatchObject({
      subscription: '6f1c2a9e-0b6d-4e4c-9a55-3c1d2e7f8a10',
      resourceGroup: 'contoso-dr-rg',
      vault: 'contoso-vault',
      fabric: 'cs-01',
      container: 'cloud_cs-01',
      item: 'web-01',
    });
  });

  it('the preamble finds the vault, fabric, container and item by their names', () => {
    expect(itemPreamble(ITEM_ID)).toEqual([
      "Set-AzContext -Subscription '6f1c2a9e-0b6d-4e4c-9a55-3c1d2e7f8a10'",
      "$vault = Get-AzRecoveryServicesVault -ResourceGroupName 'contoso-dr-rg' -Name 'contoso-vault'",
      'Set-AzRecoveryServicesAsrVaultContext -Vault $vault',
      "$fabric = Get-AzRecoveryServicesAsrFabric -Name 'cs-01'",
      "$container = Get-AzRecoveryServicesAsrProtectionContainer -Fabric $fabric -Name 'cloud_cs-01'",
      "$rpi = Get-AzRecoveryServicesAsrReplicationProtectedItem -ProtectionContainer $container -Name 'web-01'",
    ]);
    const planId = ITEM_ID.replace(/replicationFabrics\/.*$/, 'replicationRecoveryPlans/plan-web');
    expect(planPreamble(planId).at(-1)).toBe(
      "$plan = Get-AzRecoveryServicesAsrRecoveryPlan -Name 'plan-web'",
    );
  });

  it('PowerShell quoting and continued lines', () => {
    expect(psQuote("o'neil")).toBe("'o''neil'");
    expect(psCall('Do-It', ['-A 1'])).toBe('$job = Do-It -A 1');
    expect(psCall('Do-It', ['-A 1', false, '-B', '-C'])).toBe('$job = Do-It `\n  -A 1 `\n  -B `\n  -C');
  });
});

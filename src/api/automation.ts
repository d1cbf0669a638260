import { withApiVersion } from './arm-client';

/**
 * View automation (docs/ui-names.md §4): the request a pane sends, shown as ARM, Azure PowerShell
 * (Az.RecoveryServices) and `az rest`. Panes build an `ArmOperationRequest` with a pure
 * `build<Op>Request(form)` and hand the same object to the mutation and to the view.
 */
export interface ArmOperationRequest {
  method: 'POST';
  /** The ARM path without api-version (the client adds it, as it does when sending). */
  path: string;
  body: unknown;
}

export const ARM_ENDPOINT = 'https://management.azure.com';

/**
 * The full URL the request goes to, api-version included. A simulator-only route (docs/api.md §2.2)
 * has no Azure endpoint: it stays the portal-relative path it is sent to.
 */
export const armRequestUrl = (request: ArmOperationRequest) =>
  request.path.startsWith('/simulator') ? request.path : ARM_ENDPOINT + withApiVersion(request.path);

/** The ARM request as shown: method and URL, then the JSON body. */
export function formatArmRequest(request: ArmOperationRequest): string {
  return `${request.method} ${armRequestUrl(request)}\nContent-Type: application/json\n\n${JSON.stringify(request.body, null, 2)}`;
}

/** POSIX shell single-quoting: ' becomes '\'' inside a single-quoted word. */
const shellQuote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

/** The same request as Azure CLI `az rest` (method, URL with api-version, JSON body). */
export function azRestCommand(request: ArmOperationRequest): string {
  return [
    `az rest --method ${request.method.toLowerCase()}`,
    `  --url "${armRequestUrl(request)}"`,
    `  --body ${shellQuote(JSON.stringify(request.body))}`,
  ].join(' \\\n');
}

/** A PowerShell single-quoted string literal ('' escapes a quote). */
export const psQuote = (text: string) => `'${text.replace(/'/g, "''")}'`;

/** The names inside an ARM id of the vault's resources (segments are case-insensitive). */
export interface ArmIdParts {
  subscription: string;
  resourceGroup: string;
  vault: string;
  fabric?: string;
  container?: string;
  item?: string;
  plan?: string;
}

export function parseArmId(id: string): ArmIdParts {
  const segments = id.split('/').filter(Boolean);
  const after = (name: string) => {
    const index = segments.findIndex((segment) => segment.toLowerCase() === name.toLowerCase());
    return index >= 0 && index + 1 < segments.length ? decodeURIComponent(segments[index + 1]) : undefined;
  };
  return {
    subscription: after('subscriptions') ?? '',
    resourceGroup: after('resourceGroups') ?? '',
    vault: after('vaults') ?? '',
    fabric: after('replicationFabrics'),
    container: after('replicationProtectionContainers'),
    item: after('replicationProtectedItems'),
    plan: after('replicationRecoveryPlans'),
  };
}

/*
 * PowerShell lines below use the Az.RecoveryServices cmdlets with the parameter names and sets of
 * their own help (Azure/azure-powershell, src/RecoveryServices/RecoveryServices/help/<Cmdlet>.md):
 * Get-AzRecoveryServicesVault (-ResourceGroupName, -Name), Set-AzRecoveryServicesAsrVaultContext
 * (-Vault), Get-AzRecoveryServicesAsrFabric (-Name), Get-AzRecoveryServicesAsrProtectionContainer
 * (-Fabric, -Name), Get-AzRecoveryServicesAsrReplicationProtectedItem (set ByObjectWithName:
 * -Name, -ProtectionContainer), Get-AzRecoveryServicesAsrRecoveryPlan (-Name).
 */

/** Vault context lines: subscription, vault, Set-AzRecoveryServicesAsrVaultContext. */
export function vaultPreamble(parts: ArmIdParts): string[] {
  return [
    `Set-AzContext -Subscription ${psQuote(parts.subscription)}`,
    `$vault = Get-AzRecoveryServicesVault -ResourceGroupName ${psQuote(parts.resourceGroup)} -Name ${psQuote(parts.vault)}`,
    'Set-AzRecoveryServicesAsrVaultContext -Vault $vault',
  ];
}

/** The lines that find a replication protected item as `$rpi` (and `$fabric`, `$container`). */
export function itemPreamble(itemId: string): string[] {
  const parts = parseArmId(itemId);
  return [
    ...vaultPreamble(parts),
    `$fabric = Get-AzRecoveryServicesAsrFabric -Name ${psQuote(parts.fabric ?? '')}`,
    `$container = Get-AzRecoveryServicesAsrProtectionContainer -Fabric $fabric -Name ${psQuote(parts.container ?? '')}`,
    `$rpi = Get-AzRecoveryServicesAsrReplicationProtectedItem -ProtectionContainer $container -Name ${psQuote(parts.item ?? '')}`,
  ];
}

/** The lines that find a recovery plan as `$plan`. */
export function planPreamble(planId: string): string[] {
  const parts = parseArmId(planId);
  return [
    ...vaultPreamble(parts),
    `$plan = Get-AzRecoveryServicesAsrRecoveryPlan -Name ${psQuote(parts.plan ?? '')}`,
  ];
}

/** A cmdlet call with its parameters, one per continued line when there are several. */
export function psCall(cmdlet: string, parameters: (string | false | undefined)[], assign = '$job'): string {
  const present = parameters.filter((parameter): parameter is string => Boolean(parameter));
  const head = `${assign} = ${cmdlet}`;
  return present.length <= 2
    ? [head, ...present].join(' ')
    : [head, ...present.map((p) => `  ${p}`)].join(' `\n');
}

export const script = (lines: string[]) => lines.join('\n');

/** The name of a recovery point from its ARM id (its last segment). */
export const lastSegment = (id: string) => decodeURIComponent(id.split('/').filter(Boolean).pop() ?? '');

/**
 * `$recoveryPoint` for a point id (Get-AzRecoveryServicesAsrRecoveryPoint, set ByObjectWithName:
 * -Name, -ReplicationProtectedItem).
 */
export const recoveryPointLine = (pointId: string) =>
  `$recoveryPoint = Get-AzRecoveryServicesAsrRecoveryPoint -ReplicationProtectedItem $rpi -Name ${psQuote(lastSegment(pointId))}`;

/**
 * Start-AzRecoveryServicesAsrPlannedFailoverJob reads -DataEncryptionPrimaryCertFile as a .pfx file
 * and sends the key only for a failover to Azure (its source, StartAzureRmRecoveryServicesAsr
 * PlannedFailoverJob.cs): a failback script says so where it passes the key (HV-4).
 */
export const FAILBACK_KEY_NOTE =
  '# -DataEncryptionPrimaryCertFile is a .pfx file path; the cmdlet sends the key only when failing over to Azure (PrimaryToRecovery).';

/** What a pane shows under View automation. */
export interface Automation {
  request: ArmOperationRequest;
  powershell: string;
}

export const itemAction = (itemId: string, action: string) => `${itemId}/${action}`;

/**
 * zod schema of the runbook document (docs/runbooks.md §1) and of the run stored in the world. It
 * imports nothing from world-schema.ts (which embeds `runbookRunSchema`): the enums both need
 * live in ../schema-enums.ts; `docs/runbook.schema.json` is generated from `runbookDocumentSchema`.
 */
import { z } from 'zod';
import { itemStatusEnum, jobStateEnum, jobTypeEnum, siteEnum } from '../schema-enums';
import type { Condition } from './types';

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Rule ids of docs/rules.md: LIFE-3, RV-7, HV-1, ERR-… */
export const RULE_ID = /^[A-Z]{2,4}-\d{1,2}$/;

const name = z.string().min(1).max(200);
const kebab = z.string().max(80).regex(KEBAB, 'must be kebab-case (a-z, 0-9 and single hyphens)');
const text = z
  .strictObject({
    en: z.string().min(1, 'en is required').max(2000),
    'pt-BR': z.string().min(1).max(2000).optional(),
    'nl-NL': z.string().min(1).max(2000).optional(),
  })
  .meta({ description: 'A text per language: en required, pt-BR and nl-NL fall back to en.' });
const oneOrMore = <T extends z.ZodType>(schema: T) => z.union([schema, z.array(schema).min(1)]);

const site = siteEnum;
const itemStatus = itemStatusEnum;
const jobType = jobTypeEnum;
const jobState = jobStateEnum;
const direction = z.enum(['AzureToOnPremises', 'OnPremisesToAzure']);

const kind = <K extends string, S extends z.ZodRawShape>(k: K, shape: S, description: string) =>
  z.strictObject({ kind: z.literal(k), ...shape }).meta({ description });

export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.discriminatedUnion('kind', [
    kind(
      'itemStatus',
      { item: name, status: oneOrMore(itemStatus) },
      "The item's status is (one of) status.",
    ),
    kind('activeLocation', { item: name, location: site }, 'The item is active at location.'),
    kind(
      'replicationDirection',
      { item: name, direction: z.enum(['OnPremisesToAzure', 'AzureToOnPremises', 'None']) },
      "The item's replication direction (None = not replicating).",
    ),
    kind(
      'replicationHealth',
      { item: name, health: oneOrMore(z.enum(['Normal', 'Warning', 'Critical', 'None'])) },
      "The item's replication health as the wire reports it (Normal = Healthy, None = Not applicable).",
    ),
    kind(
      'machineType',
      { item: name, machineType: z.enum(['VMwareVM', 'PhysicalServer', 'HyperVVM']) },
      "The item's machine type (LIFE-9: a physical server comes back as a VMware VM).",
    ),
    kind(
      'itemSettings',
      {
        item: name,
        masterTarget: name.optional(),
        processServer: name.optional(),
        processServerLocation: site.optional(),
        datastore: name.optional(),
        retentionDrive: name.optional(),
      },
      "The item's current replication settings: every field given must match.",
    ),
    kind(
      'job',
      {
        type: jobType.optional(),
        item: name.optional(),
        plan: name.optional(),
        direction: direction.optional(),
        status: oneOrMore(jobState).optional(),
        errorCode: z.string().min(1).max(20).optional(),
      },
      'Some job matches every field given (type as the wire scenarioName; item also matches plan jobs).',
    ),
    kind('vpnConnected', { connected: z.boolean() }, 'Lab: the site-to-site VPN is (not) connected (RP-4).'),
    kind(
      'vmRunning',
      { item: name, site, running: z.boolean() },
      "Lab: the item's VM at site is (not) running (OnPremises = powered on).",
    ),
    kind(
      'agentRegistered',
      { item: name, site },
      "LIFE-11: the item's VM at site booted at least 15 simulated minutes ago (or long ago).",
    ),
    kind(
      'processServerHeartbeat',
      { processServer: name, heartbeat: z.boolean() },
      'Lab: the process server has (no) heartbeat (PS-2).',
    ),
    kind(
      'vcenterAccount',
      { account: z.enum(['Administrator', 'ReadOnly']) },
      'Lab: the vCenter account the configuration server discovers with (DS-4).',
    ),
    kind(
      'volume',
      {
        masterTarget: name,
        name: name.optional(),
        addedAfterStart: z.boolean().optional(),
        visible: z.boolean().optional(),
        offered: z.boolean().optional(),
      },
      'A volume on the master target (named, or any) exists; optional: added after the runbook started, visible (discovered, RV-7), offered as a retention drive (RV-1..7).',
    ),
    kind(
      'datastore',
      {
        datastore: name.optional(),
        host: name.optional(),
        visible: z.boolean().optional(),
        offered: z.boolean().optional(),
      },
      'A datastore (named, or any on host) exists; optional: visible (discovered), offered in Re-protect (DS-1..5).',
    ),
    kind(
      'processServer',
      {
        configurationServer: name,
        name: name.optional(),
        location: site.optional(),
        heartbeat: z.boolean().optional(),
        visible: z.boolean().optional(),
      },
      'A process server under the configuration server (named, or any) matches; visible defaults to true (PS-3).',
    ),
    kind(
      'elapsed',
      {
        minutes: z.number().finite().positive().max(10080),
        since: z.union([z.literal('start'), z.strictObject({ step: kebab })]),
      },
      'At least minutes simulated minutes have passed since the runbook started or since a step was done.',
    ),
    kind('allOf', { conditions: z.array(conditionSchema).min(1) }, 'Every condition holds.'),
    kind('anyOf', { conditions: z.array(conditionSchema).min(1) }, 'At least one condition holds.'),
    kind('not', { condition: conditionSchema }, 'The condition does not hold.'),
  ]),
);

export const stepSchema = z.strictObject({
  id: kebab,
  title: text,
  instruction: text,
  done: conditionSchema,
  hints: z.array(text).max(20).optional(),
  rules: z.array(z.string().regex(RULE_ID, 'must be a rule id like LIFE-3 or RV-7')).max(20).optional(),
  expectFailure: z.strictObject({ errorCode: z.string().min(1).max(20) }).optional(),
});

const documentShape = {
  id: kebab,
  version: z.number().int().min(1),
  title: text,
  summary: text,
  estimatedMinutes: z.number().finite().positive().max(1440),
  steps: z.array(stepSchema).min(1).max(100),
};

/** The runbook file (import / export). An inline scenario is checked by the world schema afterwards. */
export const runbookDocumentSchema = z.strictObject({
  ...documentShape,
  scenario: z.union([
    z.string().min(1).meta({ description: 'A scenario preset id (GET /simulator/scenarios).' }),
    z
      .record(z.string(), z.unknown())
      .meta({ description: 'A whole scenario document (docs/scenario.schema.json).' }),
  ]),
});

const lang = { 'pt-BR': z.string().optional(), 'nl-NL': z.string().optional() };
const storedText = z.object({ en: z.string(), ...lang });
const iso = z.iso.datetime();

/** `World.runbook`: the run and its progress, persisted with the world (a reload keeps them). */
export const runbookRunSchema = z.object({
  document: z.strictObject({ ...documentShape, scenario: z.string() }),
  progress: z.object({
    runbookId: z.string(),
    version: z.number(),
    title: storedText,
    startedAt: iso,
    startedAtReal: z.number(),
    currentStep: z.number().int().min(0).nullable(),
    complete: z.boolean(),
    mistakes: z.number().int().min(0),
    hintsUsed: z.number().int().min(0),
    steps: z.array(
      z.object({
        id: z.string(),
        title: storedText,
        instruction: storedText,
        rules: z.array(z.string()),
        state: z.enum(['Done', 'Current', 'NotStarted']),
        hintsTotal: z.number().int().min(0),
        hintsRevealed: z.array(storedText),
        doneAt: iso.nullable(),
        doneAtReal: z.number().nullable(),
        mistakes: z.number().int().min(0),
      }),
    ),
    events: z.array(
      z.object({
        kind: z.enum(['Started', 'StepDone', 'Mistake', 'Hint', 'Complete']),
        step: z.string().nullable(),
        time: iso,
        real: z.number(),
        detail: z.string().optional(),
      }),
    ),
  }),
  running: z.boolean(),
  judgedFailures: z.array(z.string()),
});

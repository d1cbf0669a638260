// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { expectGeneratedSchemaFile } from '../generated-schema-file';
import { BUILT_IN_RUNBOOKS } from './builtin';
import { runbookJsonSchema } from './index';
import { runbookDocumentSchema } from './schema';
import { parseRunbook } from './validate';

describe('runbook file format (docs/runbooks.md §1)', () => {
  it('docs/runbook.schema.json is the schema generated from the zod runbook schema', () => {
    // Regenerate with: WRITE_RUNBOOK_SCHEMA=1 npx vitest run mocks/simulation/runbooks/schema.test.ts
    expectGeneratedSchemaFile('runbook.schema.json', runbookJsonSchema(), 'WRITE_RUNBOOK_SCHEMA');
  });

  it('every built-in runbook validates (schema and cross-references), in en, pt-BR and nl-NL', () => {
    for (const doc of BUILT_IN_RUNBOOKS) {
      expect(runbookDocumentSchema.safeParse(doc).success, doc.id).toBe(true);
      expect(parseRunbook(JSON.parse(JSON.stringify(doc))), doc.id).toEqual({ ok: true, document: doc });
      for (const text of [
        doc.title,
        doc.summary,
        ...doc.steps.flatMap((s) => [s.title, s.instruction, ...(s.hints ?? [])]),
      ]) {
        expect(text['pt-BR'], `${doc.id}: ${text.en}`).toBeTruthy();
        expect(text['nl-NL'], `${doc.id}: ${text.en}`).toBeTruthy();
        // Translated, not copied (docs/glossary.md); bold portal names are balanced in every language.
        expect(text['pt-BR'], `${doc.id}: ${text.en}`).not.toBe(text.en);
        expect(text['nl-NL'], `${doc.id}: ${text.en}`).not.toBe(text.en);
        for (const value of Object.values(text))
          expect(value.split('**').length % 2, `${doc.id}: ${value}`).toBe(1);
      }
      for (const step of doc.steps)
        expect(step.rules?.length, `${doc.id}/${step.id} cites rules`).toBeGreaterThan(0);
    }
  });
});

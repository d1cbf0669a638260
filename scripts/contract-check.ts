/**
 * The contract inside the repository stays true: docs/rules.md has a row for every rule id the code
 * cites, its paths exist and the names it gives are in those files; every `docs/<file>.md §N` cited
 * anywhere names a document with a heading for §N. Pure functions over texts; scripts/contract.test.ts
 * feeds them the repository.
 */

export interface SourceFile {
  path: string;
  text: string;
}

/** Reads a repository file; undefined when it does not exist. */
export type ReadFile = (path: string) => string | undefined;

const PREFIXES = 'LIFE|FO|RP|MT|DS|RV|PS|POL|HV|RPL|TF|END';
const RULE_ID = new RegExp(`\\b(?:${PREFIXES})-\\d+\\b`, 'g');
const ROW_ID = new RegExp(`^(?:(?:${PREFIXES})-\\d+|\\d+)$`);
const PATH = /^(?:src|mocks|e2e|scripts|docs|public)\/[\w./@-]*\.\w+$/;
const NAME = /^[A-Za-z_$][\w$]*(?:\(\))?$/;
const CITATION = /\bdocs\/([\w-]+\.md)(?:\s+§(\d+(?:\.\d+)*))?/g;
const HEADING = /^#{1,6}\s+§(\d+(?:\.\d+)*)\s/;

/** Rule ids (LIFE-3, DS-1 …) a text cites. */
export function ruleIdsIn(text: string): string[] {
  return [...new Set(text.match(RULE_ID) ?? [])];
}

/** The section numbers a document's headings carry (`## §2.1 …` gives "2.1"). */
export function sectionsOf(markdown: string): Set<string> {
  const sections = new Set<string>();
  for (const line of markdown.split('\n')) {
    const m = HEADING.exec(line);
    if (m) sections.add(m[1]);
  }
  return sections;
}

/** The ids that have a row: a table row whose first cell is a rule id or an error code. */
export function rowIdsOf(markdown: string): Set<string> {
  const ids = new Set<string>();
  for (const line of markdown.split('\n')) {
    if (!line.startsWith('|')) continue;
    const first = line.split('|')[1]?.trim() ?? '';
    if (ROW_ID.test(first)) ids.add(first);
  }
  return ids;
}

/**
 * Backticked repository paths, each with the backticked names that follow it in the same table cell
 * or line (`mocks/simulation/eligibility.ts` `reProtect()`).
 */
export function referencesOf(markdown: string): { line: number; path: string; names: string[] }[] {
  const refs: { line: number; path: string; names: string[] }[] = [];
  markdown.split('\n').forEach((text, i) => {
    const segments = text.startsWith('|') ? text.split('|') : [text];
    for (const segment of segments) {
      let current: { line: number; path: string; names: string[] } | undefined;
      for (const [, token] of segment.matchAll(/`([^`]+)`/g)) {
        if (PATH.test(token)) {
          current = { line: i + 1, path: token, names: [] };
          refs.push(current);
        } else if (current && NAME.test(token)) {
          current.names.push(token);
        }
      }
    }
  });
  return refs;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Problems of the rule index: cited ids without a row, dead paths, names not in their file. */
export function checkRuleIndex(
  index: string,
  sources: SourceFile[],
  read: ReadFile,
  codes: string[] = [],
): string[] {
  const problems: string[] = [];
  const rows = rowIdsOf(index);
  const citedBy = new Map<string, string>();
  for (const file of sources)
    for (const id of ruleIdsIn(file.text)) if (!citedBy.has(id)) citedBy.set(id, file.path);
  for (const [id, path] of [...citedBy].sort()) {
    if (!rows.has(id)) problems.push(`docs/rules.md has no row for ${id} (cited in ${path})`);
  }
  for (const code of codes)
    if (!rows.has(code)) problems.push(`docs/rules.md has no row for error code ${code}`);
  for (const ref of referencesOf(index)) {
    const text = read(ref.path);
    if (text === undefined) {
      problems.push(`docs/rules.md:${ref.line}: ${ref.path} does not exist`);
      continue;
    }
    for (const name of ref.names) {
      const bare = name.replace(/\(\)$/, '');
      if (!new RegExp(`(?<![\\w$])${escape(bare)}(?![\\w$])`).test(text)) {
        problems.push(`docs/rules.md:${ref.line}: ${name} does not occur in ${ref.path}`);
      }
    }
  }
  return problems;
}

/** Problems of `docs/<file>.md §N` citations: a missing document, or no heading for §N in it. */
export function checkCitations(sources: SourceFile[], read: ReadFile): string[] {
  const problems: string[] = [];
  const sections = new Map<string, Set<string> | null>();
  const sectionsFor = (doc: string) => {
    if (!sections.has(doc)) {
      const text = read(`docs/${doc}`);
      sections.set(doc, text === undefined ? null : sectionsOf(text));
    }
    return sections.get(doc);
  };
  for (const file of sources) {
    for (const [cited, doc, section] of file.text.matchAll(CITATION)) {
      const found = sectionsFor(doc);
      if (found === null) problems.push(`${file.path}: ${cited}: docs/${doc} does not exist`);
      else if (section && !found?.has(section))
        problems.push(`${file.path}: ${cited}: no heading §${section} in docs/${doc}`);
    }
  }
  return [...new Set(problems)];
}

/**
 * The portal's public names in another language, for demo scripts written once in English.
 * `uiName('Re-protect', 'pt-BR')` finds the English text in the portal's own catalogs
 * (src/i18n/locales/en) and answers the same entry in the other language; a template such as
 * `Step {{n}} of {{m}}` matches `Step 2 of 5` and answers `Etapa 2 de 5`. Names that are data, not
 * portal text (`web-01`, `cs-01`), come back unchanged. So a solution script drives the portal by
 * role and accessible name in any of its languages.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export type Lang = 'en' | 'pt-BR' | 'nl-NL';

const LOCALES = fileURLToPath(new URL('../src/i18n/locales', import.meta.url));

type Flat = Map<string, string>;

function flatten(value: unknown, prefix: string, out: Flat) {
  if (typeof value === 'string') out.set(prefix, value);
  else if (value && typeof value === 'object')
    for (const [key, inner] of Object.entries(value)) flatten(inner, prefix ? `${prefix}.${key}` : key, out);
}

const catalogs = new Map<Lang, Flat>();
function catalog(lang: Lang): Flat {
  let flat = catalogs.get(lang);
  if (!flat) {
    flat = new Map();
    const dir = path.join(LOCALES, lang);
    for (const file of fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort())
      flatten(JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')), file.slice(0, -5), flat);
    catalogs.set(lang, flat);
  }
  return flat;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** The English key of `text`: an exact entry first, then a template it fills. */
function lookup(text: string): { key: string; values: Record<string, string> } | null {
  const en = catalog('en');
  for (const [key, value] of en) if (value === text) return { key, values: {} };
  // The most specific template wins (the most literal text): `{{name}}` alone matches anything.
  let best: { key: string; values: Record<string, string>; literal: number } | null = null;
  for (const [key, value] of en) {
    if (!value.includes('{{')) continue;
    const names: string[] = [];
    const parts = value.split(/(\{\{\s*[\w.]+\s*\}\})/);
    const literal = parts
      .filter((part) => !part.startsWith('{{'))
      .join('')
      .trim().length;
    if (literal === 0 || (best && best.literal >= literal)) continue;
    const pattern = parts
      .map((part) => {
        const m = /^\{\{\s*([\w.]+)\s*\}\}$/.exec(part);
        if (!m) return escapeRegExp(part);
        names.push(m[1]);
        return '(.+?)';
      })
      .join('');
    const match = new RegExp(`^${pattern}$`).exec(text);
    if (match) best = { key, values: Object.fromEntries(names.map((n, i) => [n, match[i + 1]])), literal };
  }
  if (best) return { key: best.key, values: best.values };
  return null;
}

/** `text` (a portal name in English) as the portal shows it in `lang`. */
export function uiName(text: string, lang: Lang): string {
  if (lang === 'en') return text;
  const found = lookup(text);
  if (!found) return text;
  const target = catalog(lang).get(found.key);
  if (target === undefined) return text;
  return target.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (_, name: string) => found.values[name] ?? '');
}

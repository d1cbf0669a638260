// Every locale catalog must have exactly the keys of the English one (src/i18n/locales/en/*.json).
// The one allowed difference is plural forms: i18next picks `key_<category>` by the language's
// Intl.PluralRules, so a plural key has one form per category of *that* language (pt-BR adds
// `_many`; nl-NL has `_one` and `_other`, like English). A bare `key` next to the suffixed ones
// stands for `_other`, in English and translations alike.
import fs from 'node:fs';
import path from 'node:path';

const root = 'src/i18n/locales';
const flatten = (obj, prefix = '') =>
  Object.entries(obj).flatMap(([k, v]) =>
    v && typeof v === 'object' ? flatten(v, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
const pluralSuffix = /_(zero|one|two|few|many|other)$/;
const categories = (locale) => new Set(new Intl.PluralRules(locale).resolvedOptions().pluralCategories);

/** English keys with the plural families of `english` rewritten for `locale`'s categories. */
function expectedKeys(english, locale) {
  const wanted = categories(locale);
  const families = new Set(
    [...english].filter((k) => pluralSuffix.test(k)).map((k) => k.replace(pluralSuffix, '')),
  );
  const keys = new Set([...english].filter((k) => !pluralSuffix.test(k)));
  for (const base of families) {
    for (const category of wanted) {
      // A bare key already covers `other` (i18next falls back to it).
      if (category === 'other' && english.has(base)) continue;
      keys.add(`${base}_${category}`);
    }
  }
  return keys;
}

let problems = 0;
const compare = (label, actual, expected) => {
  for (const key of expected) {
    if (!actual.has(key)) {
      problems++;
      console.error(`${label}: missing ${key}`);
    }
  }
  for (const key of actual) {
    if (!expected.has(key)) {
      problems++;
      console.error(`${label}: extra ${key}`);
    }
  }
};

if (fs.existsSync(root)) {
  const locales = fs.readdirSync(root);
  const en = path.join(root, 'en');
  for (const file of fs.existsSync(en) ? fs.readdirSync(en) : []) {
    const base = new Set(flatten(JSON.parse(fs.readFileSync(path.join(en, file), 'utf8'))));
    // English itself must have exactly its own plural forms (no stray `_many`, no missing `_one`).
    compare(`en/${file}`, base, expectedKeys(base, 'en'));
    for (const locale of locales.filter((l) => l !== 'en')) {
      const other = path.join(root, locale, file);
      if (!fs.existsSync(other)) continue; // a locale may not be translated yet
      const keys = new Set(flatten(JSON.parse(fs.readFileSync(other, 'utf8'))));
      compare(`${locale}/${file}`, keys, expectedKeys(base, locale));
    }
  }
}
console.log(problems ? `i18n: ${problems} problem(s)` : 'i18n: catalogs consistent');
process.exitCode = problems ? 1 : 0;

// Every locale catalog must have exactly the keys of the English one (src/i18n/locales/en/*.json).
import fs from 'node:fs';
import path from 'node:path';

const root = 'src/i18n/locales';
const flatten = (obj, prefix = '') =>
  Object.entries(obj).flatMap(([k, v]) =>
    v && typeof v === 'object' ? flatten(v, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
let problems = 0;
if (fs.existsSync(root)) {
  const locales = fs.readdirSync(root);
  const en = path.join(root, 'en');
  for (const file of fs.existsSync(en) ? fs.readdirSync(en) : []) {
    const base = new Set(flatten(JSON.parse(fs.readFileSync(path.join(en, file), 'utf8'))));
    for (const locale of locales.filter((l) => l !== 'en')) {
      const other = path.join(root, locale, file);
      if (!fs.existsSync(other)) continue; // a locale may not be translated yet
      const keys = new Set(flatten(JSON.parse(fs.readFileSync(other, 'utf8'))));
      for (const key of base) {
        if (!keys.has(key)) {
          problems++;
          console.error(`${locale}/${file}: missing ${key}`);
        }
      }
      for (const key of keys) {
        if (!base.has(key)) {
          problems++;
          console.error(`${locale}/${file}: extra ${key}`);
        }
      }
    }
  }
}
console.log(problems ? `i18n: ${problems} problem(s)` : 'i18n: catalogs consistent');
process.exitCode = problems ? 1 : 0;

import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';

/**
 * Catalogs are JSON files, one per namespace: src/i18n/locales/<lang>/<namespace>.json. A feature
 * adds its own namespace file; every UI string goes through t('<namespace>:<key>').
 */
const files = import.meta.glob<{ default: Record<string, unknown> }>('./locales/*/*.json', { eager: true });

export const languages = ['en', 'pt-BR', 'nl-NL'] as const;
export type Language = (typeof languages)[number];

const resources: Record<string, Record<string, Record<string, unknown>>> = {};
for (const [path, module] of Object.entries(files)) {
  const match = path.match(/\.\/locales\/([^/]+)\/([^/]+)\.json$/);
  if (!match) continue;
  const [, lang, ns] = match;
  (resources[lang] ??= {})[ns] = module.default;
}

export const namespaces = Object.keys(resources.en ?? {});

void i18n.use(initReactI18next).init({
  resources,
  lng: 'en',
  fallbackLng: 'en',
  ns: namespaces,
  defaultNS: 'common',
  interpolation: { escapeValue: false }, // React escapes; names are never rendered as HTML
  returnNull: false,
});

export { i18n };

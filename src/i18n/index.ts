import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';

/**
 * Catalogs are JSON files, one per namespace: src/i18n/locales/<lang>/<namespace>.json. A feature
 * adds its own namespace file; every UI string goes through t('<namespace>:<key>').
 *
 * English is bundled with the first load (it is the default and every language's fallback). Each
 * other language is one lazy chunk, bundles/<lang>.ts, fetched when it is chosen (header picker or
 * `?lang=`).
 */
type Catalog = Record<string, unknown>;
type Catalogs = Record<string, Catalog>; // by file path, as import.meta.glob returns them

const english = import.meta.glob<Catalog>('./locales/en/*.json', { eager: true, import: 'default' });
const bundles = import.meta.glob<Catalogs>('./bundles/*.ts', { import: 'default' });

export const languages = ['en', 'pt-BR', 'nl-NL'] as const;
export type Language = (typeof languages)[number];

export const isLanguage = (value: string): value is Language =>
  (languages as readonly string[]).includes(value);

/** { namespace: catalog } from the glob's { './locales/<lang>/<namespace>.json': catalog }. */
const byNamespace = (catalogs: Catalogs): Record<string, Catalog> =>
  Object.fromEntries(
    Object.entries(catalogs).map(([path, catalog]) => [path.replace(/^.*\/|\.json$/g, ''), catalog]),
  );

const resources = { en: byNamespace(english) };

export const namespaces = Object.keys(resources.en);

void i18n.use(initReactI18next).init({
  resources,
  lng: 'en',
  fallbackLng: 'en',
  ns: namespaces,
  defaultNS: 'common',
  interpolation: { escapeValue: false }, // React escapes; names are never rendered as HTML
  returnNull: false,
});

// Screen readers and the browser's own formatting follow the page's language.
i18n.on('languageChanged', (lng) => {
  if (typeof document !== 'undefined') document.documentElement.lang = lng;
});

const loading = new Map<Language, Promise<void>>();

/** Fetches a language's catalogs (once) and adds them to i18next; English is always there. */
export function loadLanguage(lng: Language): Promise<void> {
  if (lng === 'en') return Promise.resolve();
  let promise = loading.get(lng);
  if (!promise) {
    const bundle = bundles[`./bundles/${lng}.ts`];
    if (!bundle) return Promise.reject(new Error(`No catalogs for language ${lng}`));
    promise = bundle().then((catalogs) => {
      for (const [ns, catalog] of Object.entries(byNamespace(catalogs))) {
        i18n.addResourceBundle(lng, ns, catalog, true, true);
      }
    });
    // A failed download (offline) may be retried by choosing the language again.
    promise.catch(() => loading.delete(lng));
    loading.set(lng, promise);
  }
  return promise;
}

/** The portal remembers the language like a user setting: a reload keeps it. */
const LANGUAGE_KEY = 'site-recovery-simulator.language';

export function savedLanguage(): Language | null {
  try {
    const value = globalThis.localStorage?.getItem(LANGUAGE_KEY) ?? null;
    return value && isLanguage(value) ? value : null;
  } catch {
    return null; // storage blocked: English
  }
}

function saveLanguage(lng: Language) {
  try {
    globalThis.localStorage?.setItem(LANGUAGE_KEY, lng);
  } catch {
    // storage blocked: the choice lasts for this page only
  }
}

let requested: Language | undefined;

/**
 * Loads the language's catalogs, then switches to it, so the portal re-renders once with the
 * translated text. When two choices overlap, the later one wins.
 */
export async function setLanguage(lng: Language): Promise<void> {
  requested = lng;
  await loadLanguage(lng);
  if (requested !== lng) return;
  await i18n.changeLanguage(lng);
  saveLanguage(lng);
}

export { i18n };

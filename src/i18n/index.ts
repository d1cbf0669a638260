import i18n, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';

/**
 * Catalogs are JSON files, one per namespace: src/i18n/locales/<lang>/<namespace>.json. A feature
 * adds its own namespace file; every UI string goes through t('<namespace>:<key>').
 *
 * Each catalog is its own lazy chunk, fetched the first time a blade needs its namespace (the
 * router loads a blade's namespaces with its code; `useTranslation` suspends until they are in).
 * Only the shell's English (common, shell) is in the first load: English is the default and every
 * language's fallback. Another language's catalogs are fetched when it is chosen (header picker or
 * `?lang=`): those of every namespace loaded so far, then each later one with its blade.
 */
type Catalog = Record<string, unknown>;

/** The shell's namespaces, bundled in English so the first paint needs no catalog request. */
export const SHELL_NAMESPACES = ['common', 'shell'] as const;
const shellEnglish = import.meta.glob<Catalog>(['./locales/en/common.json', './locales/en/shell.json'], {
  eager: true,
  import: 'default',
});
const lazyCatalogs = import.meta.glob<Catalog>(
  ['./locales/*/*.json', '!./locales/en/common.json', '!./locales/en/shell.json'],
  { import: 'default' },
);

const catalogPath = (lng: string, ns: string) => `./locales/${lng}/${ns}.json`;
const namespaceOf = (path: string) => path.replace(/^.*\/|\.json$/g, '');

export const languages = ['en', 'pt-BR', 'nl-NL'] as const;
export type Language = (typeof languages)[number];

export const isLanguage = (value: string): value is Language =>
  (languages as readonly string[]).includes(value);

/** Every namespace (English has them all; scripts/check-i18n.mjs keeps the others in step). */
export const namespaces = [...Object.keys(shellEnglish), ...Object.keys(lazyCatalogs)]
  .filter((path) => path.startsWith('./locales/en/'))
  .map(namespaceOf);

/** One catalog: the bundled shell English at once, any other from its chunk. */
export function loadCatalog(lng: string, ns: string): Promise<Catalog> {
  const bundled = shellEnglish[catalogPath(lng, ns)];
  if (bundled) return Promise.resolve(bundled);
  const load = lazyCatalogs[catalogPath(lng, ns)];
  return load ? load() : Promise.reject(new Error(`No catalog ${ns} for language ${lng}`));
}

/** i18next's backend: reads a namespace's catalog from its chunk (no fetch, no eval: CSP-safe). */
const catalogBackend: BackendModule = {
  type: 'backend',
  init() {},
  read(lng, ns, callback) {
    loadCatalog(lng, ns).then(
      (catalog) => callback(null, catalog),
      (error: unknown) => callback(error instanceof Error ? error.message : String(error), false),
    );
  },
};

void i18n
  .use(catalogBackend)
  .use(initReactI18next)
  .init({
    resources: { en: Object.fromEntries(Object.entries(shellEnglish).map(([p, c]) => [namespaceOf(p), c])) },
    partialBundledLanguages: true,
    lng: 'en',
    fallbackLng: 'en',
    ns: [...SHELL_NAMESPACES],
    defaultNS: 'common',
    interpolation: { escapeValue: false }, // React escapes; names are never rendered as HTML
    returnNull: false,
    // A component re-renders when a namespace arrives (also one it reads as `t('ns:key')` without
    // naming it in useTranslation: the missing key asks for its namespace, see below).
    // No suspending on a namespace: a router navigation runs in a React transition, and a component
    // suspended there on a catalog keeps the whole navigation pending (an empty blade). Routes load
    // their namespaces before they render; a late one re-renders on 'loaded'.
    react: { bindI18n: 'languageChanged loaded', useSuspense: false },
    // A key of a namespace nobody loaded yet: load it, and the text follows on the 'loaded' event.
    // The router loads each blade's namespaces first, so this is a safety net, not the way in.
    saveMissing: true,
    missingKeyHandler: (_lngs, ns) => {
      if (namespaces.includes(ns) && !i18n.hasResourceBundle('en', ns)) void loadNamespaces([ns]);
    },
  });

// Screen readers and the browser's own formatting follow the page's language.
i18n.on('languageChanged', (lng) => {
  if (typeof document !== 'undefined') document.documentElement.lang = lng;
});

/** Loads namespaces in the current language (and English, the fallback) before a blade renders. */
export function loadNamespaces(ns: readonly string[]): Promise<void> {
  const missing = ns.filter(
    (n) => !i18n.hasResourceBundle(i18n.language || 'en', n) || !i18n.hasResourceBundle('en', n),
  );
  return missing.length ? i18n.loadNamespaces(missing).then(() => undefined) : Promise.resolve();
}

const loading = new Map<string, Promise<void>>();

/** Fetches a language's catalogs of every namespace loaded so far (once each) and adds them. */
export function loadLanguage(lng: Language): Promise<void> {
  const wanted = Object.keys(i18n.store.data.en ?? {}).filter((ns) => !i18n.hasResourceBundle(lng, ns));
  return Promise.all(
    wanted.map((ns) => {
      const key = `${lng}|${ns}`;
      let promise = loading.get(key);
      if (!promise) {
        promise = loadCatalog(lng, ns).then((catalog) => {
          i18n.addResourceBundle(lng, ns, catalog, true, true);
        });
        // A failed download (offline) may be retried by choosing the language again.
        promise.catch(() => loading.delete(key));
        loading.set(key, promise);
      }
      return promise;
    }),
  ).then(() => undefined);
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

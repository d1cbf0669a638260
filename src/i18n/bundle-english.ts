import { i18n } from '.';

/**
 * Tests render synchronously: every English catalog added at once (the portal fetches each with
 * its blade). Imported by src/testing/setup.ts only, so none of this is in the portal's bundle.
 */
const english = import.meta.glob<Record<string, unknown>>('./locales/en/*.json', {
  eager: true,
  import: 'default',
});

export function bundleEnglish() {
  for (const [path, catalog] of Object.entries(english)) {
    i18n.addResourceBundle('en', path.replace(/^.*\/|\.json$/g, ''), catalog, true, true);
  }
}

// The nl-NL catalogs as one lazy chunk (src/i18n/index.ts imports this file when nl-NL is chosen).
export default import.meta.glob<Record<string, unknown>>('../locales/nl-NL/*.json', {
  eager: true,
  import: 'default',
});

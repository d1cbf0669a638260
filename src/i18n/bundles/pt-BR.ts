// The pt-BR catalogs as one lazy chunk (src/i18n/index.ts imports this file when pt-BR is chosen).
export default import.meta.glob<Record<string, unknown>>('../locales/pt-BR/*.json', {
  eager: true,
  import: 'default',
});

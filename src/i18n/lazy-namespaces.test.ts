import { afterEach, describe, expect, it } from 'vitest';
import { i18n, loadCatalog, loadNamespaces, namespaces, SHELL_NAMESPACES } from '.';
import { bundleEnglish } from './bundle-english';

// The test setup bundles every English catalog (components render synchronously); these tests take
// one out to see the portal's own path: each namespace is a lazy chunk, fetched on demand.
afterEach(() => bundleEnglish());

const forget = (ns: string) => {
  i18n.removeResourceBundle('en', ns);
  // i18next remembers what its backend loaded; forget that too, as a fresh page would.
  delete (i18n.services.backendConnector as unknown as { state: Record<string, number> }).state[`en|${ns}`];
};

describe('catalogs per namespace, loaded on demand (docs/performance.md)', () => {
  it('knows every namespace, with the shell’s English bundled in the entry', async () => {
    expect(namespaces).toEqual(expect.arrayContaining(['common', 'shell', 'vault', 'items', 'lab', 'panes']));
    expect(namespaces).toHaveLength(15);
    for (const ns of SHELL_NAMESPACES)
      expect(Object.keys(await loadCatalog('en', ns)).length).toBeGreaterThan(0);
    expect(await loadCatalog('en', 'common')).toHaveProperty('loading');
  });

  it('loads a blade’s namespace from its chunk before the blade renders', async () => {
    forget('lab');
    expect(i18n.hasResourceBundle('en', 'lab')).toBe(false);
    await loadNamespaces(['lab']);
    expect(i18n.hasResourceBundle('en', 'lab')).toBe(true);
    expect(i18n.t('lab:title')).toBe('Lab');
  });

  it('a key of a namespace nobody loaded asks for it, and i18next says when it is in', async () => {
    forget('jobs');
    const loaded = new Promise<void>((resolve) => {
      const onLoaded = () => {
        if (!i18n.hasResourceBundle('en', 'jobs')) return;
        i18n.off('loaded', onLoaded);
        resolve();
      };
      i18n.on('loaded', onLoaded);
    });
    expect(i18n.t('jobs:count', { count: 2 })).toBe('count');
    await loaded;
    expect(i18n.t('jobs:count', { count: 2 })).toBe('2 jobs');
  });

  it('a catalog that does not exist is an error, not a silent empty namespace', async () => {
    await expect(loadCatalog('en', 'no-such-namespace')).rejects.toThrow(/No catalog/);
  });
});

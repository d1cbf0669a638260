import { arm } from '../api/arm-client';
import { simulatorPaths } from '../api/arm-paths';
import { isLanguage, savedLanguage, setLanguage } from '../i18n';

const speeds: Record<string, number> = { paused: 0, '0': 0, '1': 1, '10': 10, '60': 60, '600': 600 };

/**
 * docs/ui-names.md §1/§7/§8: `?scenario=`, `?runbook=`, `?speed=` and `?lang=` are applied once on load, then removed
 * from the URL so a reload keeps the current (saved) world. The app renders after this resolves.
 */
export async function applyStartupParams(location: Location = window.location): Promise<void> {
  const url = new URL(location.href);
  const scenario = url.searchParams.get('scenario');
  const runbook = url.searchParams.get('runbook');
  const speed = url.searchParams.get('speed');
  const lang = url.searchParams.get('lang');

  // The scenario first: loading a world replaces its clock, so the speed applies after it.
  if (scenario) await arm.post(simulatorPaths.loadScenario(scenario));
  // docs/runbooks.md §3: `?runbook=` starts it without asking (its scenario, clock paused); `?speed=` after.
  if (runbook) await arm.post(simulatorPaths.runbookStart(runbook), {});
  if (speed !== null && speed in speeds) await arm.put(simulatorPaths.clock, { speed: speeds[speed] });
  // The language's catalogs are a lazy chunk: loaded before the first render, so it is translated.
  // Without `?lang=` the language chosen last time applies (a reload keeps it).
  const saved = savedLanguage();
  if (lang && isLanguage(lang)) await setLanguage(lang);
  else if (saved && saved !== 'en') await setLanguage(saved);

  if (scenario !== null || runbook !== null || speed !== null || lang !== null) {
    url.searchParams.delete('scenario');
    url.searchParams.delete('runbook');
    url.searchParams.delete('speed');
    url.searchParams.delete('lang');
    window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
  }
}

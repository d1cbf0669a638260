// Playwright drives Debian's Chromium (no browser downloads on this network). The path must be
// known when playwright.config.ts loads: $CHROMIUM_PATH, the system package, else apt as root.
import fs from 'node:fs';
import { execSync } from 'node:child_process';

const candidates = () => [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];

export function findChromium() {
  const found = candidates().find((p) => p && fs.existsSync(p));
  if (found) return found;
  if (process.getuid?.() === 0) {
    console.log('Chromium is missing: installing Debian’s chromium package (apt-get)…');
    try {
      execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
        stdio: 'inherit',
      });
    } catch {
      // reported below
    }
  }
  const after = candidates().find((p) => p && fs.existsSync(p));
  if (!after) console.error('Chromium not found: install Debian’s chromium package or set CHROMIUM_PATH.');
  return after;
}

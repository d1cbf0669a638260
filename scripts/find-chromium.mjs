// Playwright drives Debian's Chromium (no browser downloads on this network). The path must be
// known when playwright.config.ts loads: $CHROMIUM_PATH; else, for a headless run, Debian's
// chromium-headless-shell (Chromium's headless-only build, the one Playwright itself runs headless:
// the e2e suite takes about 0.73× the time it takes in the full browser on 2 cores); else the full
// chromium package. As root, a missing package is installed with apt.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { execSync } from 'node:child_process';

const require = createRequire(import.meta.url);

const SHELL = '/usr/bin/chromium-headless-shell';
const FULL = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/**
 * A run that shows the browser (`--headed`, `--ui`, `--debug`, `PWDEBUG`, `HEADED=1`) needs the full
 * browser. Decided once in the process that loads the config first; Playwright's workers inherit it.
 */
function headed() {
  process.env.SRS_HEADED ??=
    process.argv.some((a) => ['--headed', '--ui', '--debug'].includes(a)) ||
    Boolean(process.env.PWDEBUG) ||
    process.env.HEADED === '1'
      ? '1'
      : '0';
  return process.env.SRS_HEADED === '1';
}

function aptInstall(pkg) {
  if (process.getuid?.() !== 0) return;
  console.log(`Installing Debian’s ${pkg} package (apt-get)…`);
  try {
    execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${pkg}`, {
      stdio: 'inherit',
    });
  } catch {
    // the caller falls back or reports
  }
}

const existing = (paths) => paths.find((p) => p && fs.existsSync(p));

export function findChromium() {
  if (process.env.CHROMIUM_PATH && fs.existsSync(process.env.CHROMIUM_PATH)) return process.env.CHROMIUM_PATH;
  if (!headed()) {
    if (!fs.existsSync(SHELL)) aptInstall('chromium-headless-shell');
    if (fs.existsSync(SHELL)) return SHELL;
  }
  if (!existing(FULL)) aptInstall('chromium');
  const found = existing(FULL);
  if (!found) console.error('Chromium not found: install Debian’s chromium package or set CHROMIUM_PATH.');
  return found;
}

/**
 * How Playwright launches that Chromium here (the e2e and recording configs, the grid benchmark): no
 * sandbox (root in a container), no GPU, none of the browser's own background traffic.
 */
export function chromiumLaunchOptions() {
  return {
    executablePath: findChromium(),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  };
}

/**
 * Playwright records video with an ffmpeg build of its own, which cannot be downloaded here. Link
 * Debian's ffmpeg (installed with apt as root when missing) where Playwright looks for it.
 * `PLAYWRIGHT_BROWSERS_PATH` defaults to a folder inside node_modules, so the link stays with the
 * project. Returns true when video can be recorded.
 */
export function ensureFfmpeg() {
  process.env.PLAYWRIGHT_BROWSERS_PATH ??= path.resolve('node_modules/.cache/ms-playwright');
  const core = path.dirname(require.resolve('playwright-core/package.json'));
  const { browsers } = JSON.parse(fs.readFileSync(path.join(core, 'browsers.json'), 'utf8'));
  const revision = browsers.find((b) => b.name === 'ffmpeg')?.revision;
  if (!revision) return false;
  const target = path.join(process.env.PLAYWRIGHT_BROWSERS_PATH, `ffmpeg-${revision}`, 'ffmpeg-linux');
  if (fs.existsSync(target)) return true;
  if (!fs.existsSync('/usr/bin/ffmpeg') && process.getuid?.() === 0) {
    console.log('ffmpeg is missing: installing Debian’s ffmpeg package (apt-get)…');
    try {
      execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ffmpeg', {
        stdio: ['ignore', 'ignore', 'inherit'],
      });
    } catch {
      // reported below
    }
  }
  if (!fs.existsSync('/usr/bin/ffmpeg')) {
    console.error('ffmpeg not found: install it with `apt-get install ffmpeg`.');
    return false;
  }
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.rmSync(target, { force: true }); // a dangling link from an earlier install
  fs.symlinkSync('/usr/bin/ffmpeg', target);
  return true;
}

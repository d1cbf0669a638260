// Runs before `npm start` and `npm test`: installs dependencies when node_modules is missing or
// older than package-lock.json. Only node: modules here, since node_modules may not exist yet.
import { existsSync, statSync } from 'node:fs';
import { execSync } from 'node:child_process';

const marker = 'node_modules/.package-lock.json'; // npm rewrites it on every install
const stale = !existsSync(marker) || statSync(marker).mtimeMs < statSync('package-lock.json').mtimeMs;
if (stale) {
  console.log('Installing dependencies (npm ci)…');
  execSync('npm ci --no-audit --no-fund', { stdio: 'inherit' });
}

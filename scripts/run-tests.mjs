// `npm test`: every check, each run even when an earlier one fails, then the closing line
// `N passed, N failed` that CI reads. A step that produces no report counts as one failure.
import fs from 'node:fs';
import { spawnSync } from 'node:child_process';

fs.rmSync('reports', { recursive: true, force: true });
fs.mkdirSync('reports', { recursive: true });

const steps = [
  ['typecheck', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']],
  ['lint', 'npx', ['eslint', '--max-warnings', '0', '.']],
  ['format', 'npx', ['prettier', '--check', '.']],
  ['i18n', 'node', ['scripts/check-i18n.mjs']],
  ['unit', 'npx', ['vitest', 'run']],
  ['build', 'npx', ['vite', 'build']],
  ['e2e', 'npx', ['playwright', 'test']],
  // docs/runbooks.md §4: one short runbook recorded for real, and its files checked.
  ['recording', 'node', ['scripts/check-recording.mjs']],
];

let passed = 0;
let failed = 0;
const started = Date.now();
for (const [name, cmd, args] of steps) {
  console.log(`\n=== ${name}: ${cmd} ${args.join(' ')}`);
  const t0 = Date.now();
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } });
  const ok = result.status === 0;
  console.log(`=== ${name}: ${ok ? 'ok' : 'FAILED'} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  if (name === 'unit' || name === 'e2e') continue; // counted from their reports below
  if (ok) passed += 1;
  else failed += 1;
}

const load = (file) => {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
};
const unit = load('reports/vitest.json');
if (!unit) failed += 1;
else {
  passed += unit.numPassedTests;
  failed +=
    unit.numFailedTests +
    unit.testResults.filter((f) => f.status === 'failed' && f.assertionResults.length === 0).length;
}
const e2e = load('reports/playwright.json');
if (!e2e) failed += 1;
else {
  passed += e2e.stats.expected;
  failed += e2e.stats.unexpected + e2e.stats.flaky + (e2e.errors?.length ?? 0);
}
console.log(`\nnpm test took ${((Date.now() - started) / 1000).toFixed(0)} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;

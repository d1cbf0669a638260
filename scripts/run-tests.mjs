// `npm test`: every check, each run even when an earlier one fails, then the closing line
// `N passed, N failed` that CI reads. A step that produces no report counts as one failure.
import fs from 'node:fs';
import { spawn, spawnSync } from 'node:child_process';

fs.rmSync('reports', { recursive: true, force: true });
fs.mkdirSync('reports', { recursive: true });

// The static checks read the sources only and are independent: they run side by side (their output
// is printed whole, one check after another). The rest run in order: the build feeds e2e and the
// recording, and each of those wants both cores.
const parallel = [
  ['typecheck', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']],
  ['lint', 'npx', ['eslint', '--max-warnings', '0', '.']],
  ['format', 'npx', ['prettier', '--check', '.']],
  ['i18n', 'node', ['scripts/check-i18n.mjs']],
];
const steps = [
  ['unit', 'npx', ['vitest', 'run']],
  ['build', 'npx', ['vite', 'build']],
  ['e2e', 'npx', ['playwright', 'test']],
  // docs/runbooks.md §4: one short runbook recorded for real, and its files checked.
  ['recording', 'node', ['scripts/check-recording.mjs']],
];

let passed = 0;
let failed = 0;
const started = Date.now();
const env = { ...process.env, FORCE_COLOR: '0' };
const count = (name, ok) => {
  if (name === 'unit' || name === 'e2e') return; // counted from their reports below
  if (ok) passed += 1;
  else failed += 1;
};

const runCaptured = ([name, cmd, args]) =>
  new Promise((resolve) => {
    const t0 = Date.now();
    const child = spawn(cmd, args, { env });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => (output += String(error)));
    child.on('close', (code) =>
      resolve({ name, cmd, args, ok: code === 0, output, seconds: (Date.now() - t0) / 1000 }),
    );
  });
for (const result of await Promise.all(parallel.map(runCaptured))) {
  console.log(`\n=== ${result.name}: ${result.cmd} ${result.args.join(' ')}`);
  process.stdout.write(result.output);
  console.log(
    `=== ${result.name}: ${result.ok ? 'ok' : 'FAILED'} (${result.seconds.toFixed(1)} s, side by side)`,
  );
  count(result.name, result.ok);
}

for (const [name, cmd, args] of steps) {
  console.log(`\n=== ${name}: ${cmd} ${args.join(' ')}`);
  const t0 = Date.now();
  const result = spawnSync(cmd, args, { stdio: 'inherit', env });
  const ok = result.status === 0;
  console.log(`=== ${name}: ${ok ? 'ok' : 'FAILED'} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  count(name, ok);
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

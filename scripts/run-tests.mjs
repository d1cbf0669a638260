// `npm test`: every check, each run even when an earlier one fails, then the closing line
// `N passed, N failed` that CI reads. A step that produces no report counts as one failure.
import fs from 'node:fs';
import { spawn } from 'node:child_process';

fs.rmSync('reports', { recursive: true, force: true });
fs.mkdirSync('reports', { recursive: true });

// Two lanes after the build (which feeds e2e and the recording). The e2e suite runs in the main
// lane, its output streamed; it leaves the cores partly idle (its tests wait on the page as much
// as they compute), so the other checks run beside it in a side lane and their output is printed
// whole, in order, once both lanes are done: the static checks side by side (they read the sources
// only), then the unit tests, then the recording.
const build = ['build', 'npx', ['vite', 'build']];
const e2eStep = ['e2e', 'npx', ['playwright', 'test']];
const parallel = [
  ['typecheck', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']],
  ['lint', 'npx', ['eslint', '--max-warnings', '0', '.']],
  ['format', 'npx', ['prettier', '--check', '.']],
  ['i18n', 'node', ['scripts/check-i18n.mjs']],
];
const sequential = [
  ['unit', 'npx', ['vitest', 'run']],
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
const runStreamed = ([name, cmd, args]) =>
  new Promise((resolve) => {
    console.log(`\n=== ${name}: ${cmd} ${args.join(' ')}`);
    const t0 = Date.now();
    const child = spawn(cmd, args, { stdio: 'inherit', env });
    child.on('error', (error) => console.log(String(error)));
    child.on('close', (code) => {
      const ok = code === 0;
      console.log(`=== ${name}: ${ok ? 'ok' : 'FAILED'} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
      count(name, ok);
      resolve(ok);
    });
  });
const sideLane = async () => {
  const results = await Promise.all(parallel.map(runCaptured));
  for (const step of sequential) results.push(await runCaptured(step));
  return results;
};

await runStreamed(build);
const [, side] = await Promise.all([runStreamed(e2eStep), sideLane()]);
for (const result of side) {
  console.log(`\n=== ${result.name}: ${result.cmd} ${result.args.join(' ')}`);
  process.stdout.write(result.output);
  const where = parallel.some(([name]) => name === result.name) ? ', side by side' : '';
  console.log(
    `=== ${result.name}: ${result.ok ? 'ok' : 'FAILED'} (${result.seconds.toFixed(1)} s${where}, beside e2e)`,
  );
  count(result.name, result.ok);
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

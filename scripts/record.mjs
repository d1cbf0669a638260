// `npm run record [-- --runbook <id>] [--lang en|pt-BR|nl-NL] [--size WxH] [--pace slow|normal|fast]`
// Records each built-in runbook's solution script (e2e/solutions/<id>.ts) through the real portal
// as a captioned video: recordings/<id>.<lang>.webm, .vtt, .png, .mp4 (when ffmpeg can) and
// recordings/index.html. `npm run record` installs what it needs first (prerecord), like `npm start`.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { ensureFfmpeg } from './find-chromium.mjs';
import { builtInOrder, indexHtml, parseRecordArgs, toVtt } from './recording-files.mjs';

const SOLUTIONS = 'e2e/solutions';
const outDir = path.resolve(process.env.RECORD_DIR ?? 'recordings');
const port = process.env.RECORD_PORT ?? '4179';

/** docs/runbooks.md §2 order (the solutions folder lists them alphabetically). */
const byBuiltInOrder = builtInOrder(fs.readFileSync('docs/runbooks.md', 'utf8'));

const runbookIds = fs
  .readdirSync(SOLUTIONS)
  .filter((f) => f.endsWith('.ts'))
  .map((f) => f.slice(0, -3))
  .sort(byBuiltInOrder);

let options;
try {
  options = parseRecordArgs(process.argv.slice(2), runbookIds);
} catch (error) {
  console.error(error.message);
  process.exit(2);
}

const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
if (!ensureFfmpeg()) {
  console.error(
    'Cannot record video without ffmpeg: run `apt-get install ffmpeg` (as root), then try again.',
  );
  process.exit(1);
}

const started = Date.now();
const seconds = (since) => ((Date.now() - since) / 1000).toFixed(1);
const run = (cmd, args, env = {}) =>
  spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0', ...env } });

if (!process.env.RECORD_SKIP_BUILD) {
  console.log('Building the portal…');
  if (run('npx', ['vite', 'build', '--logLevel', 'warn']).status !== 0) process.exit(1);
}
fs.mkdirSync(outDir, { recursive: true });

/** Duration in seconds read from the file itself (ffprobe), or null when it cannot be read. */
function probeDuration(file) {
  if (!has('ffprobe')) return null;
  const result = spawnSync(
    'ffprobe',
    ['-v', 'error', '-show_entries', 'format=duration', '-of', 'default=nw=1:nk=1', file],
    { encoding: 'utf8' },
  );
  const value = Number.parseFloat(result.stdout);
  return Number.isFinite(value) && value > 0 ? value : null;
}

let failures = 0;
const total = options.runbooks.length;
for (const [index, id] of options.runbooks.entries()) {
  const t0 = Date.now();
  const base = path.join(outDir, `${id}.${options.lang}`);
  for (const ext of ['webm', 'vtt', 'png', 'mp4', 'json']) fs.rmSync(`${base}.${ext}`, { force: true });
  const result = run(
    'npx',
    ['playwright', 'test', '-c', 'playwright.record.config.ts', '--reporter', 'dot'],
    {
      RECORD_RUNBOOK: id,
      RECORD_LANG: options.lang,
      RECORD_SIZE: `${options.size.width}x${options.size.height}`,
      RECORD_PACE: options.pace,
      RECORD_DIR: outDir,
      RECORD_PORT: port,
    },
  );
  let meta = null;
  try {
    meta = JSON.parse(fs.readFileSync(`${base}.json`, 'utf8'));
  } catch {
    // reported below
  }
  if (result.status !== 0 || !meta || !fs.existsSync(`${base}.webm`)) {
    failures += 1;
    console.log(`[${index + 1}/${total}] ${id} (${options.lang}): FAILED after ${seconds(t0)} s`);
    continue;
  }
  const duration = probeDuration(`${base}.webm`) ?? meta.seconds;
  fs.writeFileSync(`${base}.vtt`, toVtt(meta.cues, duration));
  let mp4 = false;
  if (has('ffmpeg')) {
    const encoded = spawnSync(
      'ffmpeg',
      [
        '-v',
        'error',
        '-y',
        '-i',
        `${base}.webm`,
        '-c:v',
        'libx264',
        '-preset',
        'veryfast',
        '-pix_fmt',
        'yuv420p',
        '-movflags',
        '+faststart',
        `${base}.mp4`,
      ],
      { stdio: 'inherit' },
    );
    mp4 = encoded.status === 0;
  }
  meta.seconds = duration;
  meta.mp4 = mp4;
  fs.writeFileSync(`${base}.json`, JSON.stringify(meta, null, 2));
  console.log(
    `[${index + 1}/${total}] ${id} (${options.lang}): ${duration.toFixed(1)} s of video, ${meta.cues.length} steps, recorded in ${seconds(t0)} s`,
  );
}

// The index lists every recording in the folder (earlier runs and other languages too).
const entries = fs
  .readdirSync(outDir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => {
    try {
      return JSON.parse(fs.readFileSync(path.join(outDir, f), 'utf8'));
    } catch {
      return null;
    }
  })
  .filter((m) => m && fs.existsSync(path.join(outDir, `${m.id}.${m.lang}.webm`)))
  .sort((a, b) => byBuiltInOrder(a.id, b.id) || a.lang.localeCompare(b.lang))
  .map((m) => {
    const file = `${m.id}.${m.lang}`;
    return {
      id: m.id,
      lang: m.lang,
      title: m.title,
      webm: `${file}.webm`,
      vtt: `${file}.vtt`,
      poster: `${file}.png`,
      mp4: m.mp4 ? `${file}.mp4` : undefined,
      seconds: m.seconds,
    };
  });
fs.writeFileSync(path.join(outDir, 'index.html'), indexHtml(entries));
console.log(
  `Recorded ${total - failures} of ${total} in ${seconds(started)} s → ${path.relative(process.cwd(), outDir) || '.'}/index.html`,
);
process.exitCode = failures > 0 ? 1 : 0;

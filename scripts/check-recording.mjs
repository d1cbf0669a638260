// `npm test` records one short runbook (docs/runbooks.md §4) and checks what `npm run record` left:
// the video decodes (ffprobe duration > 0, else a WebM header and a plausible size), the WebVTT has
// one cue per step of the runbook, in order, inside the video, the poster is a PNG, and the index
// page plays it with its subtitles. Exits 0 when all hold; prints each problem otherwise.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { ensureFfmpeg } from './find-chromium.mjs';
import { vttCues } from './recording-files.mjs';

const RUNBOOK = process.env.CHECK_RECORDING_RUNBOOK ?? 'troubleshoot-readonly-vcenter';
const LANG = process.env.CHECK_RECORDING_LANG ?? 'nl-NL';
const dir = path.resolve('reports/recording');

if (!ensureFfmpeg()) {
  console.log(
    'recording check skipped: ffmpeg is missing and cannot be installed here (apt-get install ffmpeg).',
  );
  process.exit(0);
}

fs.rmSync(dir, { recursive: true, force: true });
const t0 = Date.now();
const run = spawnSync(
  'node',
  ['scripts/record.mjs', '--runbook', RUNBOOK, '--lang', LANG, '--pace', 'fast'],
  {
    stdio: 'inherit',
    env: { ...process.env, RECORD_DIR: dir, RECORD_SKIP_BUILD: '1' },
  },
);
const problems = [];
if (run.status !== 0) problems.push(`npm run record exited ${run.status}`);

const base = path.join(dir, `${RUNBOOK}.${LANG}`);
const read = (file) => (fs.existsSync(file) ? fs.readFileSync(file) : null);
const webm = read(`${base}.webm`);
const vtt = read(`${base}.vtt`)?.toString('utf8');
const png = read(`${base}.png`);
const meta = JSON.parse(read(`${base}.json`)?.toString('utf8') ?? 'null');
const index = read(path.join(dir, 'index.html'))?.toString('utf8');

let duration = null;
if (!webm) problems.push('no webm');
else {
  const probe = spawnSync(
    'ffprobe',
    ['-v', 'error', '-show_entries', 'format=duration', '-of', 'default=nw=1:nk=1', `${base}.webm`],
    { encoding: 'utf8' },
  );
  if (probe.status === 0 && Number.parseFloat(probe.stdout) > 0) duration = Number.parseFloat(probe.stdout);
  else if (probe.error) {
    // No ffprobe: the EBML magic of a WebM file and a size no empty recording has.
    if (webm.readUInt32BE(0) !== 0x1a45dfa3) problems.push('the webm has no EBML header');
    if (webm.length < 20_000) problems.push(`the webm is only ${webm.length} bytes`);
    duration = meta?.seconds ?? null;
  } else problems.push(`ffprobe cannot read the webm: ${probe.stderr.trim()}`);
}

if (!vtt || !vtt.startsWith('WEBVTT')) problems.push('no WebVTT file');
else {
  const cues = vttCues(vtt);
  // One cue per step: the runbook's own step count, read from its progress at the end.
  const steps = meta?.steps;
  if (steps && cues.length !== steps) problems.push(`${cues.length} cues for ${steps} steps`);
  cues.forEach((cue, i) => {
    if (cue.end < cue.start) problems.push(`cue ${i + 1} ends before it starts`);
    if (i > 0 && cue.start < cues[i - 1].start) problems.push(`cue ${i + 1} starts before cue ${i}`);
    if (duration !== null && cue.end > duration + 0.01) problems.push(`cue ${i + 1} ends after the video`);
  });
}
if (!png || png.readUInt32BE(0) !== 0x89504e47) problems.push('no PNG poster');
if (!index || !index.includes(`${RUNBOOK}.${LANG}.vtt`) || !index.includes('<video'))
  problems.push('index.html does not play the recording with its subtitles');

const seconds = ((Date.now() - t0) / 1000).toFixed(1);
if (problems.length) {
  console.log(`recording check FAILED (${seconds} s):\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(
  `recording check ok (${seconds} s): ${RUNBOOK} in ${LANG}, ${duration?.toFixed(1)} s of video, ${meta.steps} steps, ${webm.length} bytes`,
);

// The files a recording leaves beside its video: options, WebVTT captions and the index page.
// Pure functions (no I/O), shared by `npm run record` and the recording spec, unit-tested.

export const LANGS = ['en', 'pt-BR', 'nl-NL'];

/** How a recording is paced for people: delay between actions, and how long a chapter card stays. */
export const PACES = {
  slow: { slowMo: 350, chapterMs: 4000 },
  normal: { slowMo: 150, chapterMs: 2500 },
  fast: { slowMo: 0, chapterMs: 1200 },
};

/**
 * The built-in runbook ids in docs/runbooks.md §2 order: the first column of that section's table
 * (the one home of the order; the solutions folder lists them alphabetically). Others sort last.
 */
export function builtInOrder(runbooksMarkdown) {
  const section = runbooksMarkdown.split(/^## /m).find((s) => s.startsWith('§2 ')) ?? '';
  const order = [...section.matchAll(/^\| `([a-z0-9-]+)` \|/gm)].map((m) => m[1]);
  const rank = (id) => (order.includes(id) ? order.indexOf(id) : order.length);
  return (a, b) => rank(a) - rank(b) || a.localeCompare(b);
}

const USAGE =
  'Usage: npm run record -- [--runbook <id>] [--lang en|pt-BR|nl-NL] [--size WxH] [--pace slow|normal|fast]';

/**
 * `npm run record` options. Throws an Error whose message says what is wrong (and the usage) for
 * an unknown option, a missing value, an unknown runbook or language, or a bad size.
 */
export function parseRecordArgs(argv, runbookIds) {
  const options = {
    runbooks: [...runbookIds],
    lang: 'en',
    size: { width: 1280, height: 720 },
    pace: 'normal',
  };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const [flag, inline] = arg.includes('=')
      ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
      : [arg];
    if (flag === '--help' || flag === '-h') throw new Error(USAGE);
    if (!['--runbook', '--lang', '--size', '--pace'].includes(flag))
      throw new Error(`Unknown option '${arg}'.\n${USAGE}`);
    const value = inline ?? argv[(i += 1)];
    if (value === undefined || value === '') throw new Error(`${flag} needs a value.\n${USAGE}`);
    if (flag === '--runbook') {
      if (!runbookIds.includes(value))
        throw new Error(`Unknown runbook '${value}'. Built-in runbooks: ${runbookIds.join(', ')}.`);
      options.runbooks = [value];
    } else if (flag === '--lang') {
      if (!LANGS.includes(value)) throw new Error(`Unknown language '${value}': use ${LANGS.join(', ')}.`);
      options.lang = value;
    } else if (flag === '--pace') {
      if (!(value in PACES)) throw new Error(`Unknown pace '${value}': use slow, normal or fast.`);
      options.pace = value;
    } else {
      const match = /^(\d{3,4})x(\d{3,4})$/.exec(value);
      const width = match ? Number(match[1]) : 0;
      const height = match ? Number(match[2]) : 0;
      if (!match || width < 320 || height < 240 || width > 3840 || height > 2160)
        throw new Error(`Bad size '${value}': use WxH, from 320x240 to 3840x2160 (e.g. 1280x720).`);
      options.size = { width, height };
    }
  }
  return options;
}

/** 75.5 → "00:01:15.500" */
export function vttTime(seconds) {
  const ms = Math.max(0, Math.round(seconds * 1000));
  const pad = (n, w = 2) => String(n).padStart(w, '0');
  return `${pad(Math.floor(ms / 3600000))}:${pad(Math.floor(ms / 60000) % 60)}:${pad(Math.floor(ms / 1000) % 60)}.${pad(ms % 1000, 3)}`;
}

const cueText = (text) =>
  text
    .replace(/\r?\n\s*\r?\n/g, '\n')
    .replace(/-->/g, '→')
    .trim();

/**
 * WebVTT with one cue per step: each starts when its step became current (seconds from the start
 * of the video) and ends when the next one starts, the last one at the end of the video. Cues are
 * kept in order and inside [0, duration].
 */
export function toVtt(cues, duration) {
  const lines = ['WEBVTT', ''];
  let previous = 0;
  cues.forEach((cue, index) => {
    const start = Math.min(Math.max(cue.start, previous), duration);
    const next = index + 1 < cues.length ? cues[index + 1].start : duration;
    const end = Math.min(Math.max(next, start + 0.001), duration);
    previous = end;
    lines.push(String(index + 1), `${vttTime(start)} --> ${vttTime(end)}`, cueText(cue.title));
    if (cue.text) lines.push(cueText(cue.text));
    lines.push('');
  });
  return lines.join('\n');
}

/** Parses the cue timings of a WebVTT file back (for checks): [{ start, end }] in seconds. */
export function vttCues(text) {
  const seconds = (t) => {
    const [h, m, s] = t.split(':');
    return Number(h) * 3600 + Number(m) * 60 + Number(s);
  };
  return [...text.matchAll(/^(\d\d:\d\d:\d\d\.\d\d\d) --> (\d\d:\d\d:\d\d\.\d\d\d)/gm)].map((m) => ({
    start: seconds(m[1]),
    end: seconds(m[2]),
  }));
}

const html = (text) =>
  String(text).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c],
  );

/**
 * `recordings/index.html`: a player per recording with its subtitle track, grouped in the order
 * given. Each recording: { id, lang, title, webm, vtt, poster, mp4? , seconds }.
 */
export function indexHtml(recordings) {
  const items = recordings
    .map((r) => {
      const sources = [
        r.mp4 ? `<source src="${html(r.mp4)}" type="video/mp4">` : '',
        `<source src="${html(r.webm)}" type="video/webm">`,
      ]
        .filter(Boolean)
        .join('\n        ');
      return `    <section aria-labelledby="${html(`${r.id}-${r.lang}`)}">
      <h2 id="${html(`${r.id}-${r.lang}`)}">${html(r.title)} <span lang="en">(${html(r.lang)})</span></h2>
      <video controls preload="metadata" width="640" poster="${html(r.poster)}" aria-label="${html(r.title)}">
        ${sources}
        <track kind="captions" src="${html(r.vtt)}" srclang="${html(r.lang)}" label="${html(r.lang)}" default>
      </video>
      <p><a href="${html(r.webm)}">${html(r.webm)}</a>${r.mp4 ? ` · <a href="${html(r.mp4)}">${html(r.mp4)}</a>` : ''} · <a href="${html(r.vtt)}">${html(r.vtt)}</a>${r.seconds ? ` · ${html(r.seconds.toFixed(1))} s` : ''}</p>
    </section>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <title>Site Recovery Simulator — recorded runbooks</title>
    <style>body{font-family:system-ui,sans-serif;margin:2rem;max-width:60rem}video{max-width:100%;background:#000}</style>
  </head>
  <body>
    <main>
    <h1>Site Recovery Simulator — recorded runbooks</h1>
${items || '    <p>No recordings yet: run <code>npm run record</code>.</p>'}
    </main>
  </body>
</html>
`;
}

/**
 * One recorded demo (run by `npm run record` through playwright.record.config.ts): the runbook's
 * solution script plays through the real portal while Playwright's screencast records it. Every
 * time the runbook's current step changes, a chapter card shows the step's title and instruction in
 * the chosen language (read from the runbook's progress, so captions follow the product) and a
 * caption cue starts. Action highlights show what is pressed. Output beside the video:
 * `<id>.<lang>.png` (poster) and `<id>.<lang>.json` (title, cues, seconds), from which
 * scripts/record.mjs writes the WebVTT, the mp4 and the index page.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { PACES } from '../../scripts/recording-files.mjs';
import {
  caption,
  expectComplete,
  runbookPanel,
  setDemoLanguage,
  setNarrator,
  startRunbook,
  type Lang,
} from '../demo-kit';

const id = process.env.RECORD_RUNBOOK ?? 'vmware-failback-web-01';
const lang = (process.env.RECORD_LANG ?? 'en') as Lang;
const dir = process.env.RECORD_DIR ?? 'recordings';
const pace = PACES[(process.env.RECORD_PACE ?? 'normal') as keyof typeof PACES] ?? PACES.normal;

interface ProgressStep {
  title: Record<string, string>;
  instruction: Record<string, string>;
}
interface Progress {
  runbookId: string;
  currentStep: number | null;
  complete: boolean;
  title: Record<string, string>;
  steps: ProgressStep[];
}

/** Instructions mark portal names in **bold**; a chapter card shows plain text. */
const plain = (text: string) => text.replace(/\*\*(.+?)\*\*/g, '$1');

async function progress(page: Page): Promise<Progress | null> {
  return page.evaluate(async () => {
    const response = await fetch('/simulator/runbook');
    return response.ok ? ((await response.json()) as { progress: Progress | null }).progress : null;
  });
}

test(`record ${id} (${lang})`, async ({ page }) => {
  const solution = (await import(`../solutions/${id}.ts`)) as { solve: (page: Page) => Promise<void> };
  const base = path.join(dir, `${id}.${lang}`);
  const size = page.viewportSize() ?? { width: 1280, height: 720 };
  const cues: { start: number; title: string; text: string }[] = [];
  let title = id;
  let shown = -1;
  let started = 0;

  // A chapter per step, shown when the step becomes current: the solution's own captions are the
  // moments to look (after each action), and the runbook says what the step is.
  setDemoLanguage(lang);
  let steps = 0;
  const cue = (now: Progress, index: number) => {
    const step = now.steps[index];
    const heading = `${index + 1}/${now.steps.length} · ${step.title[lang] ?? step.title.en}`;
    const text = plain(step.instruction[lang] ?? step.instruction.en);
    cues.push({ start: (Date.now() - started) / 1000, title: heading, text });
    return { heading, text };
  };
  setNarrator(async (current: Page) => {
    const now = await progress(current);
    if (!now || now.runbookId !== id) return;
    title = now.title[lang] ?? now.title.en;
    steps = now.steps.length;
    const target = now.complete || now.currentStep === null ? now.steps.length : now.currentStep;
    if (target <= shown) return;
    // One cue per step: steps that finished together on one clock jump get theirs too.
    for (let i = shown + 1; i < target; i += 1) cue(now, i);
    shown = target;
    if (target >= now.steps.length) return;
    const { heading, text } = cue(now, target);
    await current.screencast.showChapter(heading, { description: text, duration: pace.chapterMs });
  });

  fs.mkdirSync(dir, { recursive: true });
  await page.screencast.start({ path: `${base}.webm`, size });
  started = Date.now();
  // Action highlights: the element acted on, outlined; no locator text (it means nothing to viewers).
  await page.screencast.showActions({
    duration: Math.max(500, pace.slowMo * 3),
    style: { highlight: 'outline: 3px solid #0f6cbd; border-radius: 4px', title: 'display: none' },
  });
  await startRunbook(page, id, { lang });
  await caption(page, title); // the first step's chapter
  await solution.solve(page);
  await expectComplete(page);
  await expect(runbookPanel(page)).toBeVisible();
  await caption(page, title); // cues for steps the last clock jump finished
  const done = await progress(page);
  if (done) title = done.title[lang] ?? done.title.en;
  await page.screenshot({ path: `${base}.png` });
  await page.screencast.showChapter(title, { description: '✓', duration: pace.chapterMs });
  await page.screencast.stop();
  setNarrator(null);
  const seconds = (Date.now() - started) / 1000;
  fs.writeFileSync(`${base}.json`, JSON.stringify({ id, lang, title, steps, cues, seconds }, null, 2));
});

import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { builtInRunbooks } from '../mocks/simulation/api';
import { builtInOrder, indexHtml, parseRecordArgs, toVtt, vttCues, vttTime } from './recording-files.mjs';

const ids = ['vmware-failback-web-01', 'linux-failback-db-01'];

describe('npm run record options', () => {
  it('records every runbook in English at 1280x720, normal pace, by default', () => {
    expect(parseRecordArgs([], ids)).toEqual({
      runbooks: ids,
      lang: 'en',
      size: { width: 1280, height: 720 },
      pace: 'normal',
    });
  });

  it('takes one runbook, a language, a size and a pace, with or without "="', () => {
    expect(
      parseRecordArgs(
        ['--runbook', 'linux-failback-db-01', '--lang=pt-BR', '--size', '1920x1080', '--pace=slow'],
        ids,
      ),
    ).toEqual({
      runbooks: ['linux-failback-db-01'],
      lang: 'pt-BR',
      size: { width: 1920, height: 1080 },
      pace: 'slow',
    });
  });

  it.each([
    [['--runbook', 'nope'], /Unknown runbook 'nope'.*vmware-failback-web-01/],
    [['--lang', 'fr'], /Unknown language 'fr'/],
    [['--size', '12x7'], /Bad size '12x7'/],
    [['--pace', 'ludicrous'], /Unknown pace/],
    [['--lang'], /--lang needs a value/],
    [['--colour', 'red'], /Unknown option '--colour'/],
  ])('refuses %j with a clear message', (argv, message) => {
    expect(() => parseRecordArgs(argv, ids)).toThrow(message);
  });
});

describe('WebVTT captions', () => {
  it('formats times as hh:mm:ss.mmm', () => {
    expect(vttTime(0)).toBe('00:00:00.000');
    expect(vttTime(75.5)).toBe('00:01:15.500');
    expect(vttTime(3723.004)).toBe('01:02:03.004');
  });

  it('writes one cue per step, in order, each ending where the next begins, inside the video', () => {
    const vtt = toVtt(
      [
        { start: 0.4, title: 'Re-protect web-01', text: 'Select **Re-protect**' },
        { start: 5, title: 'Fail back' },
        { start: 4, title: 'Out of order start is clamped' },
        { start: 30, title: 'After the end' },
      ],
      20,
    );
    expect(vtt.startsWith('WEBVTT\n')).toBe(true);
    const cues = vttCues(vtt);
    expect(cues).toHaveLength(4);
    for (const [i, cue] of cues.entries()) {
      expect(cue.end).toBeGreaterThanOrEqual(cue.start);
      expect(cue.end).toBeLessThanOrEqual(20);
      if (i > 0) expect(cue.start).toBeGreaterThanOrEqual(cues[i - 1].start);
    }
    expect(cues[0]).toEqual({ start: 0.4, end: 5 });
    expect(vtt).toContain('Select **Re-protect**');
  });

  it('never lets a caption break the cue syntax', () => {
    const vtt = toVtt([{ start: 0, title: 'a --> b', text: 'one\n\ntwo' }], 3);
    expect(vttCues(vtt)).toHaveLength(1);
    expect(vtt).not.toContain('a --> b');
    expect(vtt).not.toMatch(/one\n\ntwo/);
  });
});

describe('recordings/index.html', () => {
  it('has a player per recording with its subtitle track, and escapes titles', () => {
    const page = indexHtml([
      {
        id: 'vmware-failback-web-01',
        lang: 'pt-BR',
        title: 'Failback <VMware>',
        webm: 'vmware-failback-web-01.pt-BR.webm',
        vtt: 'vmware-failback-web-01.pt-BR.vtt',
        poster: 'vmware-failback-web-01.pt-BR.png',
        mp4: 'vmware-failback-web-01.pt-BR.mp4',
        seconds: 42,
      },
    ]);
    expect(page).toContain('<video controls');
    expect(page).toContain('<track kind="captions" src="vmware-failback-web-01.pt-BR.vtt" srclang="pt-BR"');
    expect(page).toContain('type="video/mp4"');
    expect(page).toContain('Failback &lt;VMware&gt;');
  });

  it('says how to record when there is nothing yet', () => {
    expect(indexHtml([])).toContain('npm run record');
  });
});

describe('the order npm run record follows', () => {
  it('is docs/runbooks.md §2: the built-ins in the order the simulation lists them, each with a solution', () => {
    const solutions = readdirSync('e2e/solutions').map((f) => f.replace(/\.ts$/, ''));
    const ordered = solutions.sort(builtInOrder(readFileSync('docs/runbooks.md', 'utf8')));
    expect(ordered).toEqual(builtInRunbooks().map((r) => r.id));
  });

  it('puts ids the table does not name last, alphabetically', () => {
    const order = builtInOrder(
      '## §2 Built-in\n\n| id |\n|---|\n| `b-01` | x |\n| `a-01` | y |\n## §3 Next\n',
    );
    expect(['z-new', 'a-01', 'b-01', 'c-new'].sort(order)).toEqual(['b-01', 'a-01', 'c-new', 'z-new']);
  });
});

export const LANGS: readonly string[];
export const PACES: Record<'slow' | 'normal' | 'fast', { slowMo: number; chapterMs: number }>;
export interface RecordOptions {
  runbooks: string[];
  lang: string;
  size: { width: number; height: number };
  pace: 'slow' | 'normal' | 'fast';
}
export function builtInOrder(runbooksMarkdown: string): (a: string, b: string) => number;
export function parseRecordArgs(argv: string[], runbookIds: string[]): RecordOptions;
export function vttTime(seconds: number): string;
export function toVtt(cues: { start: number; title: string; text?: string }[], duration: number): string;
export function vttCues(text: string): { start: number; end: number }[];
export interface RecordingEntry {
  id: string;
  lang: string;
  title: string;
  webm: string;
  vtt: string;
  poster: string;
  mp4?: string;
  seconds?: number;
}
export function indexHtml(recordings: RecordingEntry[]): string;

import { Fragment } from 'react';
import type { TFunction } from 'i18next';

/**
 * A runbook instruction's minimal markdown (runbooks.md §1: portal names in **bold**), rendered as
 * React elements: `**x**` becomes <strong>, everything else is plain text (never raw HTML).
 */
export function RunbookMarkdown({ text }: { text: string }) {
  const parts = text.split(/\*\*(.+?)\*\*/g);
  return (
    <>
      {parts.map((part, index) =>
        index % 2 === 1 ? <strong key={index}>{part}</strong> : <Fragment key={index}>{part}</Fragment>,
      )}
    </>
  );
}

/** The same text without its markdown, for announcements and accessible names. */
export const plainText = (text: string) => text.replace(/\*\*(.+?)\*\*/g, '$1');

/** "45 s", "3 min 05 s", "1 h 20 min" from seconds. */
export function formatDuration(t: TFunction, totalSeconds: number): string {
  const seconds = Math.max(0, Math.round(totalSeconds));
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  if (h > 0) return t('runbooks:report.duration.hours', { h, m });
  if (m > 0) return t('runbooks:report.duration.minutes', { m, s: String(s).padStart(2, '0') });
  return t('runbooks:report.duration.seconds', { s });
}

/** A simulated time as the header shows it ("23 Nov 2026 09:15", UTC) in the portal's language. */
export function formatSimulated(iso: string | null, locale: string): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const parts = new Intl.DateTimeFormat(locale, {
    day: '2-digit',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: 'UTC',
  }).formatToParts(date);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('day')} ${get('month').replace('.', '')} ${get('year')} ${get('hour')}:${get('minute')}`;
}

import { Fragment } from 'react';
import type { TFunction } from 'i18next';

/**
 * A runbook instruction's minimal markdown (docs/runbooks.md §1: portal names in **bold**), rendered as
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

/** A simulated time as the header shows it (one formatter for the header, the clock and the report). */
export { formatSimulatedTime as formatSimulated } from '../../components/simulated-time';

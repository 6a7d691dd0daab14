/** The dateline under the heading: place and date, the date in words and ISO. */
import type { Dateline } from './edition.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `1962-04-30` → `30 April 1962`; partial dates (`1962-04`, `1962`) as far as they go. */
export function displayDate(iso: string): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!m) return iso;
  const month = m[2] ? MONTHS[Number(m[2]) - 1] : undefined;
  if (!month) return m[1] ?? iso;
  return [m[3] ? String(Number(m[3])) : null, month, m[1]].filter(Boolean).join(' ');
}

export function dateline(place: string | null, date: string | null): Dateline {
  const parts = [place, date ? displayDate(date) : null].filter((x): x is string => !!x);
  return { place, date, display: parts.length ? parts.join(', ') : 'Undated' };
}

/**
 * "Cite this passage": one paragraph of the edition as a historian cites it —
 * the archive's citation of the document, then the document and paragraph
 * id, the edition version, the stable link and the date accessed. A
 * paragraph of a text written for this project says so, so that its wording
 * is never taken for the archive's.
 */
import type { Work } from '../../model/work.ts';
import type { DocumentCitation } from './document-citation.ts';

export interface PassageCitationOptions {
  readonly paragraphId: string;
  /** What identifies this state of the edition, e.g. the time of its latest approval. */
  readonly editionVersion: string;
  /** The stable link to the paragraph (`…#/work/<id>/p/<paragraph-id>`). */
  readonly link: string | null;
}

function displayDate(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

export function passageCitation(work: Work, c: DocumentCitation, opts: PassageCitationOptions): string {
  const witness = work.witnesses.find((w) => w.paragraphs.some((p) => p.id === opts.paragraphId));
  const where = [c.archive, c.archiveRef, c.pages ? `pp. ${c.pages.replace(/^pp?\.\s*/, '')}` : null].filter(Boolean).join(', ');
  const parts = [
    [c.title ? `"${c.title}"` : null, c.date, where || null].filter(Boolean).join(', ') + '.',
    c.translator ? `Translated by ${c.translator}.` : null,
    `Document ${work.id}, paragraph ${opts.paragraphId}${witness ? ` (${witness.label})` : ''}, Parallax edition ${opts.editionVersion}.`,
    witness?.preparedForProject ? 'This paragraph is from a text written for the Parallax project for demonstration, not from the archive; do not cite its wording as the document’s.' : null,
    opts.link && /^https?:\/\//.test(opts.link) ? `${opts.link}` : null,
    `Accessed ${displayDate(c.accessed)}.`,
  ];
  return parts.filter((p): p is string => !!p).join(' ');
}

/** The edition version a citation names: the time of its latest approval, to the minute, or the imported text. */
export function editionVersionOf(approvalTimes: readonly string[]): string {
  let latest = '';
  for (const t of approvalTimes) if (t > latest) latest = t;
  return latest ? `${latest.slice(0, 16).replace('T', ' ')} UTC` : 'as imported';
}

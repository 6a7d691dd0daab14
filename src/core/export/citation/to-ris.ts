/**
 * RIS for reference managers: a `MANSCPT` record. The archive is DB, its
 * file reference AN, the translator A4 (RIS's subsidiary author), the
 * access date Y2. Values are one line each: line breaks become spaces.
 */
import { dateParts, pageRange, type DocumentCitation } from './document-citation.ts';

const line = (tag: string, value: string | null | undefined) => (value ? [`${tag}  - ${value.replace(/[\r\n\u0000-\u001F]+/g, ' ').trim()}`] : []);

function risDate(iso: string | null): string | null {
  const p = dateParts(iso);
  if (!p) return null;
  const [y, m, d] = p;
  return `${y}/${m !== undefined ? String(m).padStart(2, '0') : ''}/${d !== undefined ? String(d).padStart(2, '0') : ''}/`;
}

export function toRis(c: DocumentCitation): string {
  const [sp, ep] = pageRange(c.pages);
  return [
    'TY  - MANSCPT',
    ...line('ID', c.id),
    ...line('TI', c.title),
    ...line('PY', dateParts(c.date)?.[0]?.toString()),
    ...line('DA', risDate(c.date)),
    ...line('DB', c.archive),
    ...line('AN', c.archiveRef),
    ...line('SP', sp),
    ...line('EP', ep),
    ...line('A4', c.translator),
    ...line('UR', c.url),
    ...line('Y2', risDate(c.accessed)),
    'ER  - ',
    '',
  ].join('\r\n');
}

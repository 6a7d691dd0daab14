/**
 * Cuts an edition paragraph in two at a character offset of its text,
 * keeping brackets and note anchors whole, for the facing-pages layout
 * when one row is longer than a page.
 */
import type { EditionParagraph, Inline } from '../edition/edition.ts';

export function splitParagraphAt(p: EditionParagraph, at: number): [EditionParagraph, EditionParagraph] {
  const first: Inline[] = [];
  const second: Inline[] = [];
  let pos = 0;
  for (const i of p.inlines) {
    if (i.kind === 'note-ref') { (pos <= at ? first : second).push(i); continue; }
    const end = pos + i.text.length;
    if (end <= at) first.push(i);
    else if (pos >= at) second.push(i);
    else if (i.kind === 'text') {
      first.push({ kind: 'text', text: i.text.slice(0, at - pos) });
      second.push({ kind: 'text', text: i.text.slice(at - pos) });
    } else first.push(i); // a bracket is never cut
    pos = end;
  }
  const cut = first.reduce((n, i) => n + (i.kind === 'note-ref' ? 0 : i.text.length), 0);
  return [
    { ...p, text: p.text.slice(0, cut), inlines: first, pageBreaks: p.pageBreaks.filter((b) => b < cut) },
    { ...p, id: `${p.id}-cont`, text: p.text.slice(cut), inlines: second, pageBreaks: p.pageBreaks.filter((b) => b > cut).map((b) => b - cut) },
  ];
}

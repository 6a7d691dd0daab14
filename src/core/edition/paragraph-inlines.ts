/**
 * Splits one paragraph into text runs, the source's brackets and the anchors
 * of editorial notes, numbering footnotes as it goes. The text itself is never
 * changed: concatenating the text and bracket inlines gives it back exactly.
 */
import type { Paragraph } from '../model/work.ts';
import { bracketFootnoteText } from './bracket-notes.ts';
import type { EditionParagraph, Footnote, Inline } from './edition.ts';
import { sourceMarks } from './source-marks.ts';

export interface EditorialNote {
  readonly paragraphId: string;
  /** Offset in the paragraph's text after which the note is anchored; default: the end. */
  readonly offset?: number;
  readonly text: string;
}

/** Hands out footnote numbers in document order. */
export interface FootnoteSink {
  add(note: Omit<Footnote, 'n'>): number;
}

type Anchor = { at: number; order: number } & ({ kind: 'mark'; mark: ReturnType<typeof sourceMarks>[number] } | { kind: 'note'; note: EditorialNote });

export function paragraphInlines(
  p: Paragraph,
  witnessId: string,
  lang: string,
  notes: readonly EditorialNote[],
  sink: FootnoteSink,
): EditionParagraph {
  const text = p.text;
  const anchors: Anchor[] = [
    ...sourceMarks(text).map((mark, i): Anchor => ({ kind: 'mark', mark, at: mark.start, order: i })),
    ...notes.map((note, i): Anchor => ({ kind: 'note', note, at: clamp(note.offset ?? text.length, text.length), order: 1000 + i })),
  ].sort((a, b) => a.at - b.at || a.order - b.order);

  const inlines: Inline[] = [];
  let pos = 0;
  const pushText = (to: number) => {
    if (to > pos) inlines.push({ kind: 'text', text: text.slice(pos, to) });
    pos = Math.max(pos, to);
  };
  for (const a of anchors) {
    if (a.kind === 'mark') {
      if (a.mark.start < pos) continue; // overlapping brackets: the first one wins
      pushText(a.mark.start);
      const footnote = sink.add({ kind: 'bracket', text: bracketFootnoteText(a.mark), paragraphId: p.id, bracket: a.mark.kind });
      inlines.push({
        kind: 'bracket', bracket: a.mark.kind, text: a.mark.text, footnote,
        ...(a.mark.target ? { target: a.mark.target.text } : {}),
        ...(a.mark.gloss !== undefined ? { gloss: a.mark.gloss } : {}),
      });
      pos = a.mark.end;
    } else {
      pushText(Math.max(pos, a.at));
      inlines.push({ kind: 'note-ref', footnote: sink.add({ kind: 'editorial', text: a.note.text, paragraphId: p.id }) });
    }
  }
  pushText(text.length);
  return { id: p.id, witnessId, lang, kind: p.kind, text, inlines, pageBreaks: p.pageBreaks ?? [] };
}

function clamp(n: number, max: number): number {
  return Math.min(Math.max(0, Math.floor(n)), max);
}

/**
 * XLIFF 2.0 for CAT tools: one unit per aligned row, the original as source
 * and the translation as target, the state on `<segment>` (approved → final),
 * the source's brackets as `<mrk type="comment">` carrying their footnote.
 * With `units: 'sentences'` each unit holds one `<segment>` per aligned
 * sentence pair (ids `en-p4-s2`) and the spaces and paragraph breaks between
 * them as `<ignorable>`, so a tool that joins a unit's parts in order gets
 * the paragraphs back exactly.
 */
import type { Edition, EditionCell, EditionRow, Footnote } from '../edition/edition.ts';
import { xmlText } from './escape-xml.ts';
import { paragraphStates, rowState, XLIFF_STATE, type ParagraphState } from './segment-status.ts';
import { sentenceRowFor, type SentenceRow, type SentenceUnitOptions } from './sentence-units.ts';
import { el, XML_DECLARATION } from './xml-element.ts';

export const XLIFF_NS = 'urn:oasis:names:tc:xliff:document:2.0';

/** `lexicon`: for sentence units between Chinese and English, the aligner's dictionary. */
export interface XliffOptions extends SentenceUnitOptions {
  readonly sourceLang?: string;
  readonly targetLang?: string;
  readonly states?: ReadonlyMap<string, ParagraphState>;
}

function inlineXliff(cell: EditionCell, notes: ReadonlyMap<number, Footnote>): string {
  return cell.paragraphs.map((p) => p.inlines.map((i) => {
    if (i.kind === 'text') return xmlText(i.text);
    if (i.kind === 'bracket') return el('mrk', { id: `m${i.footnote}`, type: 'comment', value: notes.get(i.footnote)?.text ?? i.bracket }, xmlText(i.text));
    return '';
  }).join('')).join('\n\n');
}

/**
 * The translation paragraph's own id when the row has one (so a target comes
 * back to its paragraph even if a tool drops the unit's name), else `s<n>`.
 */
export function segmentId(row: EditionRow): string {
  const only = row.translation.paragraphs.length === 1 ? row.translation.paragraphs[0] : undefined;
  return only ? only.id : `s${row.n}`;
}

const PRESERVE = { 'xml:space': 'preserve' } as const;

/** Sentence pairs as segments, the text between them as ignorables; brackets stay plain text here. */
function sentenceSegments(row: EditionRow, sentences: SentenceRow, state: string): string[] {
  const { sourceText, targetText, pairs } = sentences;
  const out: string[] = [];
  let s = 0;
  let t = 0;
  const gap = (sEnd: number, tEnd: number) => {
    if (sEnd > s || tEnd > t) out.push(el('ignorable', {}, el('source', PRESERVE, xmlText(sourceText.slice(s, sEnd))), el('target', PRESERVE, xmlText(targetText.slice(t, tEnd)))));
  };
  pairs.forEach((p, i) => {
    gap(p.source.start, p.target.start);
    out.push(el('segment', { id: p.target.ids[0] ?? p.source.ids[0] ?? `s${row.n}-${i + 1}`, state: state === 'initial' ? 'translated' : state },
      el('source', PRESERVE, xmlText(sourceText.slice(p.source.start, p.source.end))),
      el('target', PRESERVE, xmlText(targetText.slice(p.target.start, p.target.end)))));
    s = p.source.end;
    t = p.target.end;
  });
  gap(sourceText.length, targetText.length);
  return out;
}

export function toXliff(e: Edition, opts: XliffOptions = {}): string {
  const notes = new Map(e.footnotes.map((f) => [f.n, f]));
  const stateOf = paragraphStates(e, opts.states);
  const units: string[] = [];
  for (const row of e.rows) {
    if (row.original.paragraphs.length === 0) continue;
    const hasTarget = row.translation.paragraphs.length > 0;
    const sentences = hasTarget ? sentenceRowFor(row, opts) : null;
    const state = hasTarget ? XLIFF_STATE[rowState(row.translation.paragraphs.map((p) => p.id), stateOf)] : 'initial';
    const editorial = [...row.original.paragraphs, ...row.translation.paragraphs]
      .flatMap((p) => p.inlines)
      .flatMap((i) => (i.kind === 'note-ref' ? [notes.get(i.footnote)] : []))
      .filter((f): f is Footnote => !!f)
      .map((f) => el('note', { category: 'editorial', id: `n${f.n}` }, xmlText(f.text)));
    units.push(el('unit', { id: row.id, name: [...row.original.paragraphs, ...row.translation.paragraphs].map((p) => p.id).join(' ') },
      editorial.length ? el('notes', {}, ...editorial) : '',
      ...(sentences
        ? sentenceSegments(row, sentences, state)
        : [el('segment', { id: segmentId(row), state: hasTarget && state === 'initial' ? 'translated' : state },
          el('source', { 'xml:space': 'preserve' }, inlineXliff(row.original, notes)),
          hasTarget ? el('target', { 'xml:space': 'preserve' }, inlineXliff(row.translation, notes)) : '')])));
  }
  if (units.length === 0) units.push(el('unit', { id: 'empty' }, el('segment', { state: 'initial' }, el('source', {}, ''))));
  const file = el('file', { id: `f-${e.documentId}`, original: e.workId },
    el('notes', {}, el('note', { category: 'source', id: 'n1' }, xmlText(e.sourceNote.text))),
    ...units);
  return XML_DECLARATION + el('xliff', { xmlns: XLIFF_NS, version: '2.0', srcLang: opts.sourceLang ?? e.originalLang, trgLang: opts.targetLang ?? e.translationLang }, file) + '\n';
}

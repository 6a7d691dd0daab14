/**
 * XLIFF 2.0 for CAT tools: one unit per aligned row, the original as source
 * and the translation as target, the state on `<segment>` (approved → final),
 * the source's brackets as `<mrk type="comment">` carrying their footnote.
 * A row with saved sentence pairs (still fitting its text) is one unit of
 * several segments, one per pair, as plain sentences; a pair with no
 * original sentence joins its translation to the segment before it.
 */
import type { SentencePairs } from '../alignment/sentence-pairs.ts';
import type { Edition, EditionCell, Footnote } from '../edition/edition.ts';
import { joinSentences, savedPairsFor } from './sentence-units.ts';
import { xmlText } from './escape-xml.ts';
import { paragraphStates, rowState, type ParagraphState } from './segment-status.ts';
import { el, XML_DECLARATION } from './xml-element.ts';

export const XLIFF_NS = 'urn:oasis:names:tc:xliff:document:2.0';

export interface XliffOptions {
  readonly sourceLang?: string;
  readonly targetLang?: string;
  readonly states?: ReadonlyMap<string, ParagraphState>;
  /** Saved sentence pairs of this translation's rows, by sentencePairsKey(). */
  readonly sentencePairs?: ReadonlyMap<string, SentencePairs>;
}

/** One segment per sentence pair; a pair without an original sentence has no source of its own, so its translation joins the previous segment. */
function sentenceSegments(pairs: SentencePairs, rowN: number, state: string): string[] {
  const merged: Array<{ source: number[]; target: number[] }> = [];
  for (const r of pairs.rows) {
    const last = merged.at(-1);
    if (r.source.length === 0 && last) last.target.push(...r.target);
    else merged.push({ source: [...r.source], target: [...r.target] });
  }
  // A leading pair without an original sentence joins the first segment instead.
  const first = merged[0];
  if (first && first.source.length === 0 && merged[1]) {
    merged[1].target.unshift(...first.target);
    merged.shift();
  }
  return merged.map((m, k) => el('segment', { id: `s${rowN}-${k + 1}`, state: m.target.length > 0 ? state : 'initial' },
    el('source', { 'xml:space': 'preserve' }, xmlText(joinSentences(pairs.sourceSentences, m.source))),
    m.target.length > 0 ? el('target', { 'xml:space': 'preserve' }, xmlText(joinSentences(pairs.targetSentences, m.target))) : ''));
}

const XLIFF_STATE: Record<ParagraphState, 'initial' | 'translated' | 'reviewed' | 'final'> = {
  draft: 'translated', imported: 'translated', rejected: 'initial', proposed: 'reviewed', approved: 'final',
};

function inlineXliff(cell: EditionCell, notes: ReadonlyMap<number, Footnote>): string {
  return cell.paragraphs.map((p) => p.inlines.map((i) => {
    if (i.kind === 'text') return xmlText(i.text);
    if (i.kind === 'bracket') return el('mrk', { id: `m${i.footnote}`, type: 'comment', value: notes.get(i.footnote)?.text ?? i.bracket }, xmlText(i.text));
    return '';
  }).join('')).join('\n\n');
}

export function toXliff(e: Edition, opts: XliffOptions = {}): string {
  const notes = new Map(e.footnotes.map((f) => [f.n, f]));
  const stateOf = paragraphStates(e, opts.states);
  const units: string[] = [];
  for (const row of e.rows) {
    if (row.original.paragraphs.length === 0) continue;
    const hasTarget = row.translation.paragraphs.length > 0;
    const state = hasTarget ? XLIFF_STATE[rowState(row.translation.paragraphs.map((p) => p.id), stateOf)] : 'initial';
    const editorial = [...row.original.paragraphs, ...row.translation.paragraphs]
      .flatMap((p) => p.inlines)
      .flatMap((i) => (i.kind === 'note-ref' ? [notes.get(i.footnote)] : []))
      .filter((f): f is Footnote => !!f)
      .map((f) => el('note', { category: 'editorial', id: `n${f.n}` }, xmlText(f.text)));
    const pairs = hasTarget ? savedPairsFor(row, opts.sentencePairs) : null;
    const segmentState = hasTarget && state === 'initial' ? 'translated' : state;
    units.push(el('unit', { id: row.id, name: [...row.original.paragraphs, ...row.translation.paragraphs].map((p) => p.id).join(' ') },
      editorial.length ? el('notes', {}, ...editorial) : '',
      ...(pairs ? sentenceSegments(pairs, row.n, segmentState) : [el('segment', { id: `s${row.n}`, state: segmentState },
        el('source', { 'xml:space': 'preserve' }, inlineXliff(row.original, notes)),
        hasTarget ? el('target', { 'xml:space': 'preserve' }, inlineXliff(row.translation, notes)) : '')])));
  }
  if (units.length === 0) units.push(el('unit', { id: 'empty' }, el('segment', { state: 'initial' }, el('source', {}, ''))));
  const file = el('file', { id: `f-${e.documentId}`, original: e.workId },
    el('notes', {}, el('note', { category: 'source', id: 'n1' }, xmlText(e.sourceNote.text))),
    ...units);
  return XML_DECLARATION + el('xliff', { xmlns: XLIFF_NS, version: '2.0', srcLang: opts.sourceLang ?? e.originalLang, trgLang: opts.targetLang ?? e.translationLang }, file) + '\n';
}

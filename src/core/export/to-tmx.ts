/**
 * TMX 1.4b: one translation unit per aligned row that has both an original
 * and a translation. TMX has no status, so each unit carries it in
 * `<prop type="x-status">`, with the paragraph ids it came from. With
 * `units: 'sentences'` each aligned sentence pair is a unit (segtype
 * sentence) naming its sentences (`en-p4-s2`) in `<prop type="x-sentences">`.
 */
import type { Edition, EditionCell } from '../edition/edition.ts';
import { xmlText } from './escape-xml.ts';
import { paragraphStates, rowState, tmxDate, type ParagraphState } from './segment-status.ts';
import { sentenceRowFor, type SentenceUnitOptions } from './sentence-units.ts';
import { el, XML_DECLARATION } from './xml-element.ts';

export interface TmxOptions extends SentenceUnitOptions {
  /** Language tag written for the original, e.g. `zh-CN` for tools that want a region; default the witness's. */
  readonly sourceLang?: string;
  readonly targetLang?: string;
  readonly now?: Date;
  readonly toolVersion?: string;
  readonly states?: ReadonlyMap<string, ParagraphState>;
}

const cellText = (c: EditionCell) => c.paragraphs.map((p) => p.text).join('\n\n');

export function toTmx(e: Edition, opts: TmxOptions = {}): string {
  const src = opts.sourceLang ?? e.originalLang;
  const trg = opts.targetLang ?? e.translationLang;
  const date = tmxDate(opts.now ?? new Date());
  const stateOf = paragraphStates(e, opts.states);
  const units: string[] = [];
  for (const row of e.rows) {
    if (row.original.paragraphs.length === 0 || row.translation.paragraphs.length === 0) continue;
    const ids = row.translation.paragraphs.map((p) => p.id);
    const sentences = sentenceRowFor(row, opts);
    if (sentences) {
      const { sourceText, targetText, pairs } = sentences;
      pairs.forEach((p, i) => {
        if (p.source.ids.length === 0 || p.target.ids.length === 0) return;
        units.push(el('tu', { tuid: `${row.id}-s${i + 1}`, segtype: 'sentence', creationdate: date },
          el('prop', { type: 'x-status' }, rowState(ids, stateOf)),
          el('prop', { type: 'x-sentences' }, xmlText([...p.source.ids, ...p.target.ids].join(' '))),
          el('tuv', { 'xml:lang': src }, el('seg', {}, xmlText(sourceText.slice(p.source.start, p.source.end)))),
          el('tuv', { 'xml:lang': trg }, el('seg', {}, xmlText(targetText.slice(p.target.start, p.target.end))))));
      });
      continue;
    }
    units.push(el('tu', { tuid: row.id, creationdate: date },
      el('prop', { type: 'x-status' }, rowState(ids, stateOf)),
      el('prop', { type: 'x-paragraphs' }, xmlText([...row.original.paragraphs, ...row.translation.paragraphs].map((p) => p.id).join(' '))),
      el('tuv', { 'xml:lang': src }, el('seg', {}, xmlText(cellText(row.original)))),
      el('tuv', { 'xml:lang': trg }, el('seg', {}, xmlText(cellText(row.translation))))));
  }
  const header = el('header', {
    creationtool: 'Parallax', creationtoolversion: opts.toolVersion ?? '0.1.0', segtype: opts.units === 'sentences' ? 'sentence' : 'paragraph',
    'o-tmf': 'parallax.work', adminlang: 'en', srclang: src, datatype: 'plaintext', creationdate: date,
  },
  el('note', {}, xmlText(e.sourceNote.text)),
  el('prop', { type: 'x-work' }, xmlText(e.workId)));
  return XML_DECLARATION + el('tmx', { version: '1.4' }, header, el('body', {}, ...units)) + '\n';
}

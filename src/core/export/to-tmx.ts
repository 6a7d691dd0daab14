/**
 * TMX 1.4b: one translation unit per aligned row that has both an original
 * and a translation. TMX has no status, so each unit carries it in
 * `<prop type="x-status">`, with the paragraph ids it came from. A row whose
 * sentence pairs were corrected (and still fit its text) gives one unit per
 * sentence pair instead, `segtype="sentence"`.
 */
import type { SentencePairs } from '../alignment/sentence-pairs.ts';
import type { Edition, EditionCell } from '../edition/edition.ts';
import { joinSentences, savedPairsFor } from './sentence-units.ts';
import { xmlText } from './escape-xml.ts';
import { paragraphStates, rowState, tmxDate, type ParagraphState } from './segment-status.ts';
import { el, XML_DECLARATION } from './xml-element.ts';

export interface TmxOptions {
  /** Language tag written for the original, e.g. `zh-CN` for tools that want a region; default the witness's. */
  readonly sourceLang?: string;
  readonly targetLang?: string;
  readonly now?: Date;
  readonly toolVersion?: string;
  readonly states?: ReadonlyMap<string, ParagraphState>;
  /** Saved sentence pairs of this translation's rows, by sentencePairsKey(). */
  readonly sentencePairs?: ReadonlyMap<string, SentencePairs>;
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
    const paragraphIds = xmlText([...row.original.paragraphs, ...row.translation.paragraphs].map((p) => p.id).join(' '));
    const pairs = savedPairsFor(row, opts.sentencePairs);
    if (pairs) {
      pairs.rows.forEach((pair, k) => {
        if (pair.source.length === 0 || pair.target.length === 0) return;
        units.push(el('tu', { tuid: `${row.id}-s${k + 1}`, segtype: 'sentence', creationdate: date },
          el('prop', { type: 'x-status' }, rowState(ids, stateOf)),
          el('prop', { type: 'x-paragraphs' }, paragraphIds),
          el('tuv', { 'xml:lang': src }, el('seg', {}, xmlText(joinSentences(pairs.sourceSentences, pair.source)))),
          el('tuv', { 'xml:lang': trg }, el('seg', {}, xmlText(joinSentences(pairs.targetSentences, pair.target))))));
      });
      continue;
    }
    units.push(el('tu', { tuid: row.id, creationdate: date },
      el('prop', { type: 'x-status' }, rowState(ids, stateOf)),
      el('prop', { type: 'x-paragraphs' }, paragraphIds),
      el('tuv', { 'xml:lang': src }, el('seg', {}, xmlText(cellText(row.original)))),
      el('tuv', { 'xml:lang': trg }, el('seg', {}, xmlText(cellText(row.translation))))));
  }
  const header = el('header', {
    creationtool: 'Parallax', creationtoolversion: opts.toolVersion ?? '0.1.0', segtype: 'paragraph',
    'o-tmf': 'parallax.work', adminlang: 'en', srclang: src, datatype: 'plaintext', creationdate: date,
  },
  el('note', {}, xmlText(e.sourceNote.text)),
  el('prop', { type: 'x-work' }, xmlText(e.workId)));
  return XML_DECLARATION + el('tmx', { version: '1.4' }, header, el('body', {}, ...units)) + '\n';
}

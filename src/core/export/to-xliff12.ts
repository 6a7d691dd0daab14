/**
 * XLIFF 1.2, for the tools that still want it (older Trados, many Okapi and
 * OmegaT set-ups): one `<trans-unit>` per aligned row, id the row id and
 * `resname` its paragraph ids, the state in 1.2's words on `<target>`
 * (approved → final), brackets as `<mrk mtype="x-bracket" comment>`, our
 * notes `from="Parallax"` so they are told apart from the translator's.
 * With `units: 'sentences'`, segmentation as 1.2 has it: `<seg-source>` and
 * the target cut into `<mrk mtype="seg" mid>` per aligned sentence pair, the
 * text between pairs left between the marks.
 */
import type { Edition, EditionCell, Footnote } from '../edition/edition.ts';
import { xmlText } from './escape-xml.ts';
import { paragraphStates, rowState, XLIFF12_STATE } from './segment-status.ts';
import type { XliffOptions } from './to-xliff.ts';
import { sentenceRowFor, type SentenceRow } from './sentence-units.ts';
import { el, XML_DECLARATION } from './xml-element.ts';
import type { EditionRow } from '../edition/edition.ts';

export const XLIFF12_NS = 'urn:oasis:names:tc:xliff:document:1.2';
const FROM = 'Parallax';

function inline12(cell: EditionCell, notes: ReadonlyMap<number, Footnote>): string {
  return cell.paragraphs.map((p) => p.inlines.map((i) => {
    if (i.kind === 'text') return xmlText(i.text);
    if (i.kind === 'bracket') return el('mrk', { mtype: `x-${i.bracket}`, comment: notes.get(i.footnote)?.text ?? i.bracket }, xmlText(i.text));
    return '';
  }).join('')).join('\n\n');
}

/** The row's source and target as `<mrk mtype="seg">` runs, one mid per sentence pair. */
function segmented(sentences: SentenceRow, state: string): [segSource: string, target: string] {
  const { sourceText, targetText, pairs } = sentences;
  let segSource = '';
  let target = '';
  let s = 0;
  let t = 0;
  pairs.forEach((p, i) => {
    segSource += xmlText(sourceText.slice(s, p.source.start)) + el('mrk', { mtype: 'seg', mid: i + 1 }, xmlText(sourceText.slice(p.source.start, p.source.end)));
    target += xmlText(targetText.slice(t, p.target.start)) + el('mrk', { mtype: 'seg', mid: i + 1 }, xmlText(targetText.slice(p.target.start, p.target.end)));
    s = p.source.end;
    t = p.target.end;
  });
  return [el('seg-source', {}, segSource + xmlText(sourceText.slice(s))), el('target', { state }, target + xmlText(targetText.slice(t)))];
}

export function toXliff12(e: Edition, opts: XliffOptions = {}): string {
  const notes = new Map(e.footnotes.map((f) => [f.n, f]));
  const stateOf = paragraphStates(e, opts.states);
  const units: string[] = [];
  for (const row of e.rows) {
    if (row.original.paragraphs.length === 0) continue;
    const hasTarget = row.translation.paragraphs.length > 0;
    const state = XLIFF12_STATE[rowState(row.translation.paragraphs.map((p) => p.id), stateOf)];
    const editorial = [...row.original.paragraphs, ...row.translation.paragraphs]
      .flatMap((p) => p.inlines)
      .flatMap((i) => (i.kind === 'note-ref' ? [notes.get(i.footnote)] : []))
      .filter((f): f is Footnote => !!f)
      .map((f) => el('note', { from: FROM, annotates: 'general' }, xmlText(f.text)));
    const targetState = state === 'needs-translation' ? 'translated' : state;
    const sentences = hasTarget ? sentenceRowFor(row, opts) : null;
    units.push(el('trans-unit', {
      id: row.id, resname: [...row.original.paragraphs, ...row.translation.paragraphs].map((p) => p.id).join(' '),
      'xml:space': 'preserve', approved: hasTarget && state === 'final' ? 'yes' : undefined,
    },
    el('source', {}, inline12(row.original, notes)),
    ...(!hasTarget ? [] : sentences
      ? segmented(sentences, targetState)
      : [el('target', { state: targetState }, inline12(row.translation, notes))]),
    ...editorial));
  }
  const file = el('file', {
    original: e.workId, datatype: 'plaintext',
    'source-language': opts.sourceLang ?? e.originalLang, 'target-language': opts.targetLang ?? e.translationLang,
  },
  el('header', {}, el('note', { from: FROM }, xmlText(e.sourceNote.text))),
  el('body', {}, ...units));
  return XML_DECLARATION + el('xliff', { version: '1.2', xmlns: XLIFF12_NS }, file) + '\n';
}

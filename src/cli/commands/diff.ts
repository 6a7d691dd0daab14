/**
 * `parallax diff <a> <b>`: two texts in one language (two translations, two revisions), aligned
 * paragraph by paragraph, each row with its word-level diff. Human output
 * writes deletions as [-…-] and insertions as {+…+}.
 */
import { alignSizeProblem, alignUnits, isOmissionParagraph } from '../../core/alignment/index.ts';
import { divergenceOfOps } from '../../core/diff/divergence.ts';
import { boundedWordDiff, type DiffOp } from '../../core/diff/word-diff.ts';
import type { Witness } from '../../core/model/work.ts';
import { pxError } from '../../core/result.ts';
import { fail } from '../cli-failure.ts';
import { alignmentProgress } from '../progress.ts';
import { defineCommand } from '../command.ts';
import { quotePath } from '../terminal.ts';
import { loadWitness } from './check.ts';

interface DiffRow {
  readonly a: number[];
  readonly b: number[];
  readonly divergence: number;
  /** A bound was reached: part of this row is shown replaced whole, not word by word. */
  readonly coarse?: true;
  readonly ops: DiffOp[];
}

export const command = defineCommand({
  name: 'diff',
  summary: 'Compares two texts in one language (two translations, two revisions) paragraph by paragraph, word by word.',
  positionals: [
    { name: 'a', description: 'the first text: a text file, or - for standard input' },
    { name: 'b', description: 'the second text: a text file' },
  ],
  options: {
    lang: { type: 'string', short: 'l', value: '<bcp47>', description: 'the language of both texts (detected otherwise)' },
    encoding: { type: 'string', value: '<label>', description: 'the encoding of both texts (checked against their bytes; detected otherwise)' },
    'ignore-punctuation': { type: 'boolean', description: 'do not count differences in punctuation' },
    'strip-marks': { type: 'boolean', description: 'compare the texts without their editorial marks' },
    'exit-code': { type: 'boolean', description: 'exit 1 when the texts differ (as git diff --exit-code)' },
    json: { type: 'boolean', description: 'print the rows and their operations as JSON' },
  },
  notes: ['Human output writes deletions as [-…-] and insertions as {+…+}.',
    'Exit status: 0 compared (with --exit-code: 0 identical, 1 different), 1 bad input, 2 usage.'],
  async run({ values, positionals: [pathA = '', pathB = ''], io }) {
    const lang = values.lang;
    // One language, so most often one encoding: --encoding names it for both files.
    const a = await loadWitness(io, pathA, 'a', lang, values.encoding);
    if (!a.ok) return fail(io, a.error);
    const b = await loadWitness(io, pathB, 'b', lang, values.encoding);
    if (!b.ok) return fail(io, b.error);
    if (primary(a.value.lang) !== primary(b.value.lang)) {
      return fail(io, pxError('CHECK_DIFF_LANGUAGES', `${quotePath(pathA)} is in ${a.value.lang} and ${quotePath(pathB)} in ${b.value.lang}`,
        'diff compares two texts in one language; to compare a translation with its original use parallax check (or give --lang if a language was guessed wrong)'));
    }
    const ta = a.value.paragraphs.map((p) => p.text);
    const tb = b.value.paragraphs.map((p) => p.text);
    // `[...]` paragraphs stand for left-out text: the aligner gives them rows of their own.
    const omissions = (w: Witness): Set<number> => new Set(w.paragraphs.flatMap((p, i) => (isOmissionParagraph(p) ? [i] : [])));
    const tooLarge = alignSizeProblem(ta.length, tb.length);
    if (tooLarge) return fail(io, tooLarge);
    const onPass = alignmentProgress(io, 'parallax diff', ta.length, tb.length);
    const alignment = alignUnits(ta, tb, { sourceLang: a.value.lang, targetLang: b.value.lang, sourceOmissions: omissions(a.value), targetOmissions: omissions(b.value), ...(onPass ? { onPass } : {}) });
    const opts = { ignorePunctuation: values['ignore-punctuation'], stripMarks: values['strip-marks'] };
    const rows: DiffRow[] = alignment.rows.map((row) => {
      const { ops, coarse } = boundedWordDiff(row.source.map((i) => ta[i] ?? '').join('\n\n'), row.target.map((i) => tb[i] ?? '').join('\n\n'), a.value.lang, opts);
      return { a: row.source, b: row.target, divergence: Number(divergenceOfOps(ops, a.value.lang).toFixed(3)), ...(coarse ? { coarse } : {}), ops };
    });
    if (values.json) io.json({ rows });
    else io.out(asListing(rows));
    const differs = rows.some((r) => r.ops.some((o) => o.op !== 'equal'));
    return values['exit-code'] && differs ? 1 : 0;
  },
});

const primary = (lang: string): string => lang.split('-')[0]?.toLowerCase() ?? lang;

function asListing(rows: readonly DiffRow[]): string {
  const out: string[] = [];
  rows.forEach((row, k) => {
    const ids = `${row.a.map((i) => i + 1).join(',') || '-'}:${row.b.map((i) => i + 1).join(',') || '-'}`;
    const changed = row.ops.some((o) => o.op !== 'equal');
    const bounded = row.coarse ? ' (coarse: too long to compare word by word throughout; parts are shown replaced whole)' : '';
    out.push(`── row ${k + 1} (${ids}) ${changed ? `divergence ${row.divergence.toFixed(2)}` : 'identical'}${bounded}`);
    if (changed) out.push(row.ops.map((o) => (o.op === 'equal' ? o.text : o.op === 'delete' ? `[-${o.text}-]` : `{+${o.text}+}`)).join(''));
  });
  const changed = rows.filter((r) => r.ops.some((o) => o.op !== 'equal')).length;
  out.push(`${rows.length} rows, ${changed} with differences`);
  return out.join('\n');
}

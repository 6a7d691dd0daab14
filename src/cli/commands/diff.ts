/**
 * `parallax diff <a> <b> [--json] [--ignore-punctuation] [--strip-marks] [--lang <bcp47>]`:
 * two texts in one language (two translations, two revisions), aligned
 * paragraph by paragraph, each row with its word-level diff. Human output
 * writes deletions as [-…-] and insertions as {+…+}.
 */
import { alignUnits, isOmissionParagraph } from '../../core/alignment/index.ts';
import { divergenceOfOps } from '../../core/diff/divergence.ts';
import { wordDiff, type DiffOp } from '../../core/diff/word-diff.ts';
import type { Witness } from '../../core/model/work.ts';
import { formatError, pxError, type PxError } from '../../core/result.ts';
import { parseArgs } from '../args.ts';
import type { CommandIo } from '../io.ts';
import type { Command } from '../main.ts';
import { loadWitness } from './check.ts';

const USAGE = 'Usage: parallax diff <a> <b> [--json] [--ignore-punctuation] [--strip-marks] [--lang <bcp47>] [--encoding <label>]';

interface DiffRow {
  readonly a: number[];
  readonly b: number[];
  readonly divergence: number;
  readonly ops: DiffOp[];
}

export const run: Command = async (args, io) => {
  const parsed = parseArgs(args, { flags: ['json', 'ignore-punctuation', 'strip-marks'], options: ['lang', 'encoding'] });
  if (!parsed.ok) return fail(io, parsed.error);
  const [pathA, pathB, extra] = parsed.value.positionals;
  if (!pathA || !pathB || extra !== undefined) {
    io.err(USAGE);
    return 1;
  }
  const lang = parsed.value.options.get('lang');
  // One language, so most often one encoding: --encoding names it for both files.
  const encoding = parsed.value.options.get('encoding');
  const a = await loadWitness(io, pathA, 'a', lang, encoding);
  if (!a.ok) return fail(io, a.error);
  const b = await loadWitness(io, pathB, 'b', lang, encoding);
  if (!b.ok) return fail(io, b.error);
  if (primary(a.value.lang) !== primary(b.value.lang)) {
    return fail(io, pxError('CHECK_DIFF_LANGUAGES', `"${pathA}" is in ${a.value.lang} and "${pathB}" in ${b.value.lang}`,
      'diff compares two texts in one language; to compare a translation with its original use parallax check (or give --lang if a language was guessed wrong)'));
  }
  const ta = a.value.paragraphs.map((p) => p.text);
  const tb = b.value.paragraphs.map((p) => p.text);
  // `[...]` paragraphs stand for left-out text: the aligner gives them rows of their own.
  const omissions = (w: Witness): Set<number> => new Set(w.paragraphs.flatMap((p, i) => (isOmissionParagraph(p) ? [i] : [])));
  const alignment = alignUnits(ta, tb, { sourceLang: a.value.lang, targetLang: b.value.lang, sourceOmissions: omissions(a.value), targetOmissions: omissions(b.value) });
  const opts = { ignorePunctuation: parsed.value.flags.has('ignore-punctuation'), stripMarks: parsed.value.flags.has('strip-marks') };
  const rows: DiffRow[] = alignment.rows.map((row) => {
    const ops = wordDiff(row.source.map((i) => ta[i] ?? '').join('\n\n'), row.target.map((i) => tb[i] ?? '').join('\n\n'), a.value.lang, opts);
    return { a: row.source, b: row.target, divergence: Number(divergenceOfOps(ops, a.value.lang).toFixed(3)), ops };
  });
  io.out(parsed.value.flags.has('json') ? JSON.stringify({ rows }, null, 2) : asListing(rows));
  return 0;
};

const primary = (lang: string): string => lang.split('-')[0]?.toLowerCase() ?? lang;

function asListing(rows: readonly DiffRow[]): string {
  const out: string[] = [];
  rows.forEach((row, k) => {
    const ids = `${row.a.map((i) => i + 1).join(',') || '-'}:${row.b.map((i) => i + 1).join(',') || '-'}`;
    const changed = row.ops.some((o) => o.op !== 'equal');
    out.push(`── row ${k + 1} (${ids}) ${changed ? `divergence ${row.divergence.toFixed(2)}` : 'identical'}`);
    if (changed) out.push(row.ops.map((o) => (o.op === 'equal' ? o.text : o.op === 'delete' ? `[-${o.text}-]` : `{+${o.text}+}`)).join(''));
  });
  const changed = rows.filter((r) => r.ops.some((o) => o.op !== 'equal')).length;
  out.push(`${rows.length} rows, ${changed} with differences`);
  return out.join('\n');
}

function fail(io: CommandIo, e: PxError): number {
  io.err(formatError(e));
  return 1;
}

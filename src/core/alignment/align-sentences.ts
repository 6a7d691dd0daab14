/**
 * Sentence alignment inside aligned paragraph rows: each row's paragraphs
 * are split into sentences and aligned on their own, so a sentence never
 * strays into another paragraph row and each DP stays small.
 */
import { splitSentences } from '../text/split-sentences.ts';
import { alignUnits, type AlignUnitsFullOptions } from './align-units.ts';
import type { Alignment, AlignmentRow } from './types.ts';

export interface SentenceAlignment {
  readonly source: string[];
  readonly target: string[];
  /** For each sentence, the paragraph it comes from. */
  readonly sourceParagraph: number[];
  readonly targetParagraph: number[];
  readonly alignment: Alignment;
}

function sentencesOf(paragraphs: readonly string[], indices: readonly number[], lang: string, into: string[], from: number[]): number[] {
  const start = into.length;
  for (const p of indices) {
    for (const s of splitSentences(paragraphs[p] ?? '', lang)) {
      into.push(s.text);
      from.push(p);
    }
  }
  return Array.from({ length: into.length - start }, (_, k) => start + k);
}

export function alignSentencesWithin(paragraphRows: Alignment, source: readonly string[], target: readonly string[], opts: AlignUnitsFullOptions): SentenceAlignment {
  const out: SentenceAlignment = { source: [], target: [], sourceParagraph: [], targetParagraph: [], alignment: { rows: [] } };
  const rows: AlignmentRow[] = out.alignment.rows;
  for (const row of paragraphRows.rows) {
    const s = sentencesOf(source, row.source, opts.sourceLang, out.source, out.sourceParagraph);
    const t = sentencesOf(target, row.target, opts.targetLang, out.target, out.targetParagraph);
    const omitted = (paras: readonly number[], set: ReadonlySet<number> | undefined) => paras.some((p) => set?.has(p));
    // A row holding an omission marker is kept whole: its sentences have nothing to pair with.
    if (s.length === 0 || t.length === 0 || omitted(row.source, opts.sourceOmissions) || omitted(row.target, opts.targetOmissions)) {
      if (s.length || t.length) rows.push({ source: s, target: t, score: row.score, status: row.status });
      continue;
    }
    const inner = alignUnits(s.map((k) => out.source[k] ?? ''), t.map((k) => out.target[k] ?? ''), {
      sourceLang: opts.sourceLang,
      targetLang: opts.targetLang,
      ...(opts.lexicon ? { lexicon: opts.lexicon } : {}),
    });
    for (const r of inner.rows) {
      rows.push({
        source: r.source.map((k) => s[k] ?? 0),
        target: r.target.map((k) => t[k] ?? 0),
        // A sentence row is no surer than the paragraph row it sits in.
        score: Math.min(r.score, row.score),
        status: 'auto',
      });
    }
  }
  return out;
}

/**
 * Connects the sentence-pairs dialog to storage: the saved pairs of a row if
 * they were made for its current sentences, else a fresh alignment (with the
 * zh–en dictionary when it loads); every correction is saved at once.
 */
import { alignRowSentences, isCurrentFor, isWellFormed, sentencePairsKey, type RowTexts } from '../../core/alignment/sentence-pairs.ts';
import type { Lexicon } from '../../core/lexicon/lexicon.ts';
import type { Workspace } from '../../storage/index.ts';
import type { SentencePairsSession } from '../px-sentence-pairs.ts';

export interface SentencePairsInput {
  readonly workId: string;
  readonly witnessId: string;
  readonly rowNumber: number;
  readonly sourceLabel: string;
  readonly targetLabel: string;
  readonly sourceLang: string;
  readonly targetLang: string;
  readonly row: RowTexts;
  /** The dictionary, loaded when first wanted; undefined aligns without it. */
  readonly lexicon?: () => Promise<Lexicon | undefined>;
  /**
   * Runs before each save: the host asks for the editor's name if it is not
   * known yet, and stores the paragraph alignment if it was not kept (the
   * sentence pairs are saved on it).
   */
  readonly beforeSave?: () => Promise<void>;
}

export function sentencePairsSession(ws: Workspace, input: SentencePairsInput): SentencePairsSession {
  const { workId, witnessId, row, sourceLang, targetLang } = input;
  return {
    rowNumber: input.rowNumber, sourceLabel: input.sourceLabel, targetLabel: input.targetLabel, sourceLang, targetLang,
    load: async () => {
      const record = await ws.alignments.loadAlignment(workId, witnessId);
      const saved = record?.sentencePairs?.[sentencePairsKey(row.sourceParagraphIds, row.targetParagraphIds)];
      if (saved && isWellFormed(saved) && isCurrentFor(saved, row, sourceLang, targetLang)) return { pairs: saved, saved: true };
      const lexicon = await input.lexicon?.().catch(() => undefined);
      return { pairs: alignRowSentences(row, { sourceLang, targetLang, ...(lexicon ? { lexicon } : {}) }), saved: false };
    },
    save: async (pairs) => {
      await input.beforeSave?.();
      const r = await ws.alignments.saveSentencePairs(workId, witnessId, pairs);
      return r.ok ? null : `${r.error.message} ${r.error.hint}`;
    },
  };
}

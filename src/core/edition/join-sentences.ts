/**
 * Joining sentences that come from different fields (a label, a provenance
 * note, a fixed notice): a field may already end its sentence, so a full stop
 * is added only where one is missing ("…cited as such." + "Written…", never
 * "…cited as such.. Written…").
 */

/** Ends a sentence: a full stop, question or exclamation mark (Latin or CJK), or an ellipsis, before any closing quotes or brackets. */
const SENTENCE_END = /[.!?…。！？][\s"'”’»)\]]*$/u;

/** The stop to put after `text` before another sentence follows: `'.'`, or `''` when it already ends one. */
export function sentenceStop(text: string): string {
  return SENTENCE_END.test(text.trimEnd()) ? '' : '.';
}

/** Plain-text sentences joined with one space, each ended exactly once; empty parts are left out. */
export function joinSentences(parts: ReadonlyArray<string | null | undefined>): string {
  const kept = parts.map((p) => (p ?? '').trim()).filter((p) => p.length > 0);
  return kept.map((p, i) => (i < kept.length - 1 ? p + sentenceStop(p) : p)).join(' ');
}

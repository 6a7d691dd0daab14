/**
 * Joins paragraphs that a page break split in two: the first stops without
 * closing punctuation ("…They should have") and the next goes on in lower
 * case ("taken steps to stop…"). Each join is recorded as an offset in
 * `pageBreaks`, so the repair is never silent and an edition can show it.
 */
export interface DraftParagraph {
  readonly kind: 'text' | 'heading' | 'omission' | 'closing';
  readonly text: string;
  readonly pageBreaks?: readonly number[];
}

/** Sentence-closing punctuation, closing quotes and brackets after it, and CJK stops. */
const ENDS_COMPLETE = /[.!?:;。！？：；…"'”’»)\]）】》」』]$/u;
const STARTS_LOWER = /^\p{Ll}/u;

export function isPageBreakSplit(previous: DraftParagraph, next: DraftParagraph): boolean {
  // Only the last and first characters matter; testing slices keeps this O(1) per paragraph.
  return previous.kind === 'text' && next.kind === 'text' &&
    !ENDS_COMPLETE.test(previous.text.slice(-1)) && STARTS_LOWER.test(next.text.slice(0, 2));
}

export function repairPageBreaks(paragraphs: readonly DraftParagraph[]): DraftParagraph[] {
  const out: DraftParagraph[] = [];
  for (const p of paragraphs) {
    const previous = out[out.length - 1];
    if (previous && isPageBreakSplit(previous, p)) {
      // A word hyphenated across the page ("peace-" / "ful") joins without a space.
      const separator = previous.text.endsWith('-') ? '' : ' ';
      const offset = previous.text.length + separator.length;
      out[out.length - 1] = {
        kind: 'text',
        text: previous.text + separator + p.text,
        pageBreaks: [...(previous.pageBreaks ?? []), offset, ...(p.pageBreaks ?? []).map((b) => b + offset)],
      };
    } else {
      out.push(p);
    }
  }
  return out;
}

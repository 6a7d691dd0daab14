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
  /** The layout (a missing indent) suggests this continues the previous paragraph; see split-plain-text.ts. */
  readonly layoutContinues?: boolean;
}

/** Sentence-closing punctuation, closing quotes and brackets after it, and CJK stops. */
const ENDS_COMPLETE = /[.!?:;。！？：；…"'”’»)\]）】》」』]$/u;
const STARTS_LOWER = /^\p{Ll}/u;
const CJK_EDGE = /[\u3400-\u9fff\uf900-\ufaff]|[\ud840-\ud87f][\udc00-\udfff]/u;

/** Whether a paragraph ends like a finished sentence (or quote, or bracket). */
export function endsComplete(text: string): boolean {
  return ENDS_COMPLETE.test(text.slice(-1));
}

/**
 * Lower case is the signal in alphabetic scripts; Chinese has none, so there
 * a missing paragraph indent (`layoutContinues`) has to say it.
 */
export function isPageBreakSplit(previous: DraftParagraph, next: DraftParagraph): boolean {
  // Only the last and first characters matter; testing slices keeps this O(1) per paragraph.
  return previous.kind === 'text' && next.kind === 'text' && !endsComplete(previous.text) &&
    (STARTS_LOWER.test(next.text.slice(0, 2)) || next.layoutContinues === true);
}

/** Nothing between Chinese characters or after a hyphen ("peace-" / "ful"), a space otherwise. */
function joinSeparator(before: string, after: string): string {
  if (before.endsWith('-')) return '';
  return CJK_EDGE.test(before.slice(-2)) && CJK_EDGE.test(after.slice(0, 2)) ? '' : ' ';
}

export function repairPageBreaks(paragraphs: readonly DraftParagraph[]): DraftParagraph[] {
  const out: DraftParagraph[] = [];
  for (const p of paragraphs) {
    const previous = out[out.length - 1];
    if (previous && isPageBreakSplit(previous, p)) {
      const separator = joinSeparator(previous.text, p.text);
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

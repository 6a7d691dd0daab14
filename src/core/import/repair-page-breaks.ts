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

/**
 * One pass, linear in the text: a run of joined paragraphs is collected as
 * pieces and offsets and built once when the run ends, so a long run (a
 * hostile file of a million lower-case lines) never copies its text or its
 * page breaks per join.
 */
export function repairPageBreaks(paragraphs: readonly DraftParagraph[]): DraftParagraph[] {
  const out: DraftParagraph[] = [];
  let run: JoinRun | null = null;
  const close = (): void => {
    if (run) out[out.length - 1] = run.paragraph();
    run = null;
  };
  for (const p of paragraphs) {
    const previous = out[out.length - 1];
    if (previous && isPageBreakSplit(run ? run.asLast() : previous, p)) {
      run ??= new JoinRun(previous);
      run.join(p);
    } else {
      close();
      out.push(p);
    }
  }
  close();
  return out;
}

/** Paragraphs being joined: the text as pieces, its length and last characters kept for the next test. */
class JoinRun {
  private readonly pieces: string[];
  private readonly breaks: number[];
  private length: number;
  /** The last two UTF-16 units: enough for endsComplete, the hyphen and the CJK edge. */
  private tail: string;

  constructor(first: DraftParagraph) {
    this.pieces = [first.text];
    this.breaks = [...(first.pageBreaks ?? [])];
    this.length = first.text.length;
    this.tail = first.text.slice(-2);
  }

  join(p: DraftParagraph): void {
    const separator = joinSeparator(this.tail, p.text);
    const offset = this.length + separator.length;
    this.pieces.push(separator, p.text);
    this.breaks.push(offset);
    for (const b of p.pageBreaks ?? []) this.breaks.push(b + offset);
    this.length = offset + p.text.length;
    this.tail = (this.tail + separator + p.text).slice(-2);
  }

  /** What isPageBreakSplit needs of the joined paragraph, without building its text. */
  asLast(): DraftParagraph {
    return { kind: 'text', text: this.tail };
  }

  paragraph(): DraftParagraph {
    return { kind: 'text', text: this.pieces.join(''), pageBreaks: this.breaks };
  }
}

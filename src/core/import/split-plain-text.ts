/**
 * Plain text → paragraph strings. Two layouts occur: paragraphs separated by
 * blank lines (lines inside one paragraph are wrapped text), and one
 * paragraph per line, common in Chinese, often indented with full-width
 * spaces (U+3000). `auto` picks one; callers can force either.
 */
import { endsComplete } from './repair-page-breaks.ts';

export type SplitMode = 'auto' | 'blank-lines' | 'lines';

/** Share of indented lines (inside multi-line blocks, or of all lines) above which the text is laid out by indents. */
const INDENTED_LINES_SHARE = 0.5;

const BLANK_LINE = /\n[ \t\u3000]*\n/;
const INDENT = /^(?:\u3000|[ \t]{2,})/u;
const STARTS_WORD = /^[\p{L}\p{N}]/u;
const MULTIPLE_SPACES = /[ \t][ \t]|\t/;
const CJK_CHAR = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/u;

export function detectSplitMode(text: string): 'blank-lines' | 'lines' {
  const blocks = text.split(BLANK_LINE).filter((b) => b.trim().length > 0);
  if (blocks.length < 2) return 'lines';
  const wrapped = blocks.flatMap((b) => {
    const lines = b.split('\n').filter((l) => l.trim().length > 0);
    return lines.length > 1 ? lines : [];
  });
  if (wrapped.length === 0) return 'blank-lines';
  const indented = wrapped.filter((l) => INDENT.test(l)).length;
  return indented / wrapped.length >= INDENTED_LINES_SHARE ? 'lines' : 'blank-lines';
}

export interface PlainPiece {
  readonly text: string;
  /**
   * In an indented text, this line is not indented yet follows a paragraph
   * line: the layout says it may continue that paragraph across a page break.
   * repairPageBreaks decides, from the punctuation.
   */
  readonly layoutContinues: boolean;
}

export function splitPlainText(text: string, mode: SplitMode = 'auto'): string[] {
  return splitPlainTextPieces(text, mode).map((p) => p.text);
}

export function splitPlainTextPieces(text: string, mode: SplitMode = 'auto'): PlainPiece[] {
  const chosen = mode === 'auto' ? detectSplitMode(text) : mode;
  if (chosen === 'lines') return linePieces(text);
  return text.split(BLANK_LINE).map(joinWrappedLines).filter((p) => p.length > 0).map((t) => ({ text: t, layoutContinues: false }));
}

/** One paragraph per line. trim() removes U+3000 too (it is a space separator), so full-width indents go with it. */
function linePieces(text: string): PlainPiece[] {
  const lines = text.split('\n').filter((l) => l.trim().length > 0);
  const indentedText = lines.filter((l) => INDENT.test(l)).length / Math.max(1, lines.length) >= INDENTED_LINES_SHARE;
  const pieces: PlainPiece[] = [];
  // Open: the previous line is paragraph text that stopped mid-sentence.
  let previousIsOpen = false;
  for (const line of lines) {
    const indented = INDENT.test(line);
    const text = line.trim();
    const layoutContinues: boolean = indentedText && !indented && previousIsOpen && STARTS_WORD.test(text);
    pieces.push({ text, layoutContinues });
    previousIsOpen = (indented || layoutContinues) && !endsComplete(text);
  }
  return pieces;
}

/** Joins the lines of one blank-line-separated block: a space between words, nothing between CJK characters. */
export function joinWrappedLines(block: string): string {
  let out = '';
  for (const raw of block.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    if (!out) out = line;
    else if (CJK_CHAR.test(out.slice(-1)) && CJK_CHAR.test(line.charAt(0))) out += line;
    else out += ' ' + line;
  }
  return MULTIPLE_SPACES.test(out) ? out.replace(/[ \t]+/g, ' ') : out;
}

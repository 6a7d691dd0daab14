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
  return modeOfBlocks(text.split(BLANK_LINE));
}

function modeOfBlocks(blocks: readonly string[]): 'blank-lines' | 'lines' {
  let nonEmpty = 0;
  let wrapped = 0;
  let indented = 0;
  for (const block of blocks) {
    const trimmed = block.trim();
    if (!trimmed) continue;
    nonEmpty++;
    // Most blocks are one line; only a block with line breaks inside says anything about indentation.
    if (!trimmed.includes('\n')) continue;
    for (const line of block.split('\n')) {
      if (!line.trim()) continue;
      wrapped++;
      if (INDENT.test(line)) indented++;
    }
  }
  if (nonEmpty < 2) return 'lines';
  if (wrapped === 0) return 'blank-lines';
  return indented / wrapped >= INDENTED_LINES_SHARE ? 'lines' : 'blank-lines';
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
  if (mode === 'lines') return linePieces(text);
  const blocks = text.split(BLANK_LINE);
  if (mode === 'auto' && modeOfBlocks(blocks) === 'lines') return linePieces(text);
  const pieces: PlainPiece[] = [];
  for (const block of blocks) {
    const joined = joinWrappedLines(block);
    if (joined) pieces.push({ text: joined, layoutContinues: false });
  }
  return pieces;
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
  if (!block.includes('\n')) return collapseSpaces(block.trim());
  let out = '';
  for (const raw of block.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    if (!out) out = line;
    else if (CJK_CHAR.test(out.slice(-1)) && CJK_CHAR.test(line.charAt(0))) out += line;
    else out += ' ' + line;
  }
  return collapseSpaces(out);
}

function collapseSpaces(s: string): string {
  return MULTIPLE_SPACES.test(s) ? s.replace(/[ \t]+/g, ' ') : s;
}

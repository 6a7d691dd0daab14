/**
 * Plain text → paragraph strings. Two layouts occur: paragraphs separated by
 * blank lines (lines inside one paragraph are wrapped text), and one
 * paragraph per line, common in Chinese, often indented with full-width
 * spaces (U+3000). `auto` picks one; callers can force either.
 */
export type SplitMode = 'auto' | 'blank-lines' | 'lines';

/** Share of indented lines inside multi-line blocks above which each line is its own paragraph. */
const INDENTED_LINES_SHARE = 0.5;

const BLANK_LINE = /\n[ \t\u3000]*\n/;
const INDENT = /^(?:\u3000|[ \t]{2,})/u;
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

export function splitPlainText(text: string, mode: SplitMode = 'auto'): string[] {
  const chosen = mode === 'auto' ? detectSplitMode(text) : mode;
  if (chosen === 'lines') {
    // trim() removes U+3000 too (it is a space separator), so full-width indents go with it.
    return text.split('\n').map((l) => l.trim()).filter((l) => l.length > 0);
  }
  return text.split(BLANK_LINE).map(joinWrappedLines).filter((p) => p.length > 0);
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

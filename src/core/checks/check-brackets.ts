/**
 * Brackets and quotation marks that are opened and never closed, or closed
 * and never opened, within one paragraph.
 */
import type { Paragraph } from '../model/work.ts';

export interface Imbalance {
  readonly rule: 'bracket-unbalanced' | 'quote-unbalanced';
  readonly paragraphId: string;
  readonly start: number;
  readonly end: number;
  readonly message: string;
}

const PAIRS: Readonly<Record<string, string>> = {
  '(': ')', '[': ']', '{': '}', '（': '）', '［': '］', '【': '】', '〔': '〕', '《': '》', '〈': '〉',
  '“': '”', '「': '」', '『': '』',
};
const CLOSERS: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(PAIRS).map(([o, c]) => [c, o]));
const QUOTES = new Set(['“', '”', '「', '」', '『', '』']);
/** Only these characters matter; the regex skips the rest far faster than a character loop. */
const BRACKET_OR_QUOTE = /[()[\]{}（）［］【】〔〕《》〈〉“”「」『』"]/g;

function ruleOf(ch: string): Imbalance['rule'] {
  return QUOTES.has(ch) ? 'quote-unbalanced' : 'bracket-unbalanced';
}

function excerpt(text: string, at: number): string {
  return text.slice(Math.max(0, at - 20), at + 20).replace(/\s+/g, ' ').trim();
}

export function findImbalances(p: Paragraph): Imbalance[] {
  const out: Imbalance[] = [];
  const open: Array<{ ch: string; at: number }> = [];
  const straight: number[] = [];
  const text = p.text;
  // exec, not matchAll: matchAll clones the regex for every paragraph.
  BRACKET_OR_QUOTE.lastIndex = 0;
  for (let m = BRACKET_OR_QUOTE.exec(text); m !== null; m = BRACKET_OR_QUOTE.exec(text)) {
    const ch = m[0];
    const i = m.index;
    if (ch === '"') {
      straight.push(i);
    } else if (ch in PAIRS) {
      open.push({ ch, at: i });
    } else if (ch in CLOSERS) {
      const top = open[open.length - 1];
      if (top && PAIRS[top.ch] === ch) open.pop();
      else if (open.some((o) => PAIRS[o.ch] === ch)) {
        // Closes an outer bracket: whatever was opened inside stays unclosed.
        while (open.length && PAIRS[open[open.length - 1]?.ch ?? ''] !== ch) {
          const o = open.pop();
          if (o) out.push(unclosed(p, o.ch, o.at));
        }
        open.pop();
      } else out.push({ rule: ruleOf(ch), paragraphId: p.id, start: i, end: i + 1, message: `“${ch}” closes nothing: no “${CLOSERS[ch]}” before it (…${excerpt(text, i)}…).` });
    }
  }
  for (const o of open) out.push(unclosed(p, o.ch, o.at));
  if (straight.length % 2 === 1) {
    const at = straight[straight.length - 1] ?? 0;
    out.push({ rule: 'quote-unbalanced', paragraphId: p.id, start: at, end: at + 1, message: `Odd number of straight quotation marks (") in this paragraph: one is not closed (…${excerpt(text, at)}…).` });
  }
  return out.sort((a, b) => a.start - b.start);
}

function unclosed(p: Paragraph, ch: string, at: number): Imbalance {
  return { rule: ruleOf(ch), paragraphId: p.id, start: at, end: at + 1, message: `“${ch}” is never closed in this paragraph (…${excerpt(p.text, at)}…): add the “${PAIRS[ch]}”.` };
}

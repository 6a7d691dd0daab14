/**
 * Whether a plain text opens with a title line: a short first line, alone
 * before a blank line, that does not end like a sentence, followed by more
 * text. Work folders declare it (`firstLineIsTitle`); single files are guessed.
 */
/** Longer than this, a first line is a paragraph, not a title. */
const MAX_TITLE_LENGTH = 200;

export function looksLikeTitle(text: string): boolean {
  const m = /^\s*([^\n]+)\n[ \t\u3000]*\n\s*\S/.exec(text);
  const first = m?.[1]?.trim();
  if (!first || first.length > MAX_TITLE_LENGTH) return false;
  return !/[.!?。！？；;,，:：]$/u.test(first);
}

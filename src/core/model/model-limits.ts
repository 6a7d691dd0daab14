/**
 * How large a work may be. A million paragraphs is ~100× the longest archive
 * document and still imports in seconds; past these, alignment, diff and the
 * app's rendering would run for minutes or out of memory, so the import says
 * so at once instead.
 */

/** Paragraphs in one witness. */
export const MAX_PARAGRAPHS = 2_000_000;

/**
 * Characters in one paragraph: ~3,000 printed pages. Real paragraphs stay
 * under 20,000; a longer one is a text whose paragraph breaks were lost.
 */
export const MAX_PARAGRAPH_CHARS = 8_000_000;

/** Ids and language tags: far above any real one, low enough that a hostile one cannot bloat every record. */
export const MAX_ID_CHARS = 200;

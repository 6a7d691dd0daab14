/**
 * Limits against hostile or broken files: a bundle is read whole into memory,
 * so sizes are checked before and while parsing. Chosen far above any real
 * archive document (the sample work is ~40 kB; a 5,000-paragraph work with
 * 20,000 revisions is ~30 MB) and well below what would freeze a tab.
 */
/** Characters of the whole file (~200 MB of ASCII). */
export const MAX_BUNDLE_CHARS = 200 * 1024 * 1024;
/** Records in any one list (works, revisions, events, …). */
export const MAX_RECORDS = 2_000_000;
/** Characters of any one string (a paragraph's text is a few thousand). */
export const MAX_STRING_CHARS = 2 * 1024 * 1024;

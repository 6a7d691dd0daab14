/**
 * One shape of text for every importer: NFC, LF line ends, ordinary spaces
 * for no-break spaces, no stray control characters. The ideographic space
 * U+3000 is kept: at a line start it marks a Chinese paragraph indent.
 */
// eslint-disable-next-line no-control-regex
const NEEDS_CLEANING = /[\r\u2028\u2029\u0085\f\v\u00a0\u2007\u202f\ufeff\u0000-\u0008\u000e-\u001f\u007f-\u009f]/;

/** Whether anything but NFC is to do: most files need none of the replacements, and one scan saves six. */
export function needsCleaning(raw: string): boolean {
  return NEEDS_CLEANING.test(raw);
}

/** ASCII is NFC as it stands: normalize() would still copy a 200 MB text. */
const NON_ASCII = /[^\x00-\x7f]/;

export function normaliseText(raw: string): string {
  if (!needsCleaning(raw)) return NON_ASCII.test(raw) ? raw.normalize('NFC') : raw;
  return raw
    .replace(/\r\n?/g, '\n')
    .replace(/\u2029/g, '\n\n')
    .replace(/[\u2028\u0085\f\v]/g, '\n')
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    // A BOM inside the text (files concatenated) and controls carry no text.
    // eslint-disable-next-line no-control-regex
    .replace(/[\ufeff\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g, '')
    .normalize('NFC');
}

/**
 * BibTeX (biblatex fields): one `@misc` entry. Every value is braced and
 * its special characters escaped, so imported text cannot open a group,
 * start a command or end the entry.
 */
import { pageRange, type DocumentCitation } from './document-citation.ts';

const SPECIAL = /[\\{}$&%#_^~]/g;
const ESCAPE: Record<string, string> = {
  '\\': '\\textbackslash{}', '{': '\\{', '}': '\\}', $: '\\$', '&': '\\&', '%': '\\%', '#': '\\#', _: '\\_', '^': '\\textasciicircum{}', '~': '\\textasciitilde{}',
};

export function bibtexValue(text: string): string {
  return text.replace(/[\r\n\u0000-\u001F]+/g, ' ').replace(SPECIAL, (ch) => ESCAPE[ch] ?? ch);
}

/** Keys allow letters, digits and `-_:.`; anything else becomes `-`. */
const key = (id: string) => id.replace(/[^\w:.-]/g, '-') || 'document';

export function toBibtex(c: DocumentCitation): string {
  const fields: Array<[string, string | null]> = [
    ['title', c.title],
    ['date', c.date],
    ['year', c.date ? c.date.slice(0, 4) : null],
    ['organization', c.archive],
    ['number', c.archiveRef],
    ['pages', pageRange(c.pages).join('--') || c.pages],
    ['translator', c.translator],
    ['url', c.url],
    ['urldate', c.accessed],
  ];
  const body = fields.filter((f): f is [string, string] => !!f[1]).map(([k, v]) => `  ${k} = {${k === 'url' ? v : bibtexValue(v)}}`);
  return `@misc{${key(c.id)},\n${body.join(',\n')}\n}\n`;
}

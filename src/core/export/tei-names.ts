/**
 * Names from the authority list, tagged where they stand in the text: a run
 * of text becomes escaped XML with each known form (canonical, variants,
 * original script) wrapped as `<persName ref="#…">`, `<placeName ref>` or
 * `<orgName ref>`, and the header lists the people and places with all
 * their forms. The text itself is unchanged: only markup is added around it.
 */
import type { Edition, NameListEntry } from '../edition/edition.ts';
import { xmlText } from './escape-xml.ts';
import { el } from './xml-element.ts';

const ELEMENT = { person: 'persName', place: 'placeName', organisation: 'orgName' } as const;

/** An NCName for the entry: `name-` and its id with anything else turned into `-`. */
export function nameXmlId(entry: Pick<NameListEntry, 'id'>): string {
  return `name-${entry.id.replace(/[^\w.-]/g, '-')}`;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const LATIN_EDGE = /[\p{L}\p{N}]/u;

export interface NameTagger {
  (text: string): string;
}

const taggers = new WeakMap<Edition, NameTagger>();

/** One regex for every form of every name, longest first, so "Alma-Ata" wins over "Alma". */
export function nameTagger(edition: Edition): NameTagger {
  const cached = taggers.get(edition);
  if (cached) return cached;
  const { persons, places, organisations } = edition.frontMatter;
  const byForm = new Map<string, NameListEntry>();
  for (const n of [...persons, ...places, ...organisations]) {
    for (const form of [n.canonical, n.original, ...n.variants]) if (form && form.trim().length > 1 && !byForm.has(form)) byForm.set(form, n);
  }
  const forms = [...byForm.keys()].sort((a, b) => b.length - a.length);
  const pattern = forms.length ? new RegExp(forms.map(escapeRegExp).join('|'), 'gu') : null;
  const tagger: NameTagger = (text) => {
    if (!pattern) return xmlText(text);
    let out = '';
    let from = 0;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const form = m[0];
      const before = text[m.index - 1] ?? '';
      const after = text[m.index + form.length] ?? '';
      // Latin forms are whole words only ("Ili" is not in "Ilish"); Chinese forms have no word edges.
      const latin = LATIN_EDGE.test(form[0] ?? '') && /[A-Za-z\u00C0-\u024F\u0400-\u04FF]/.test(form);
      if (latin && (LATIN_EDGE.test(before) || LATIN_EDGE.test(after))) continue;
      const entry = byForm.get(form);
      if (!entry) continue;
      out += xmlText(text.slice(from, m.index)) + el(ELEMENT[entry.kind], { ref: `#${nameXmlId(entry)}` }, xmlText(form));
      from = m.index + form.length;
    }
    return out + xmlText(text.slice(from));
  };
  taggers.set(edition, tagger);
  return tagger;
}

function forms(entry: NameListEntry, name: 'persName' | 'placeName' | 'orgName'): string[] {
  return [
    el(name, { type: 'canonical' }, xmlText(entry.canonical)),
    ...(entry.original ? [el(name, { type: 'original' }, xmlText(entry.original))] : []),
    ...(entry.pinyin ? [el(name, { type: 'pinyin' }, xmlText(entry.pinyin))] : []),
    ...entry.variants.map((v) => el(name, { type: 'variant' }, xmlText(v))),
  ];
}

/** `<listPerson>`, `<listPlace>` and `<listOrg>` for the header's source description. */
export function nameLists(edition: Edition): string {
  const { persons, places, organisations } = edition.frontMatter;
  const note = (n: NameListEntry) => (n.note ? el('note', {}, xmlText(n.note)) : '');
  return [
    persons.length ? el('listPerson', {}, ...persons.map((n) => el('person', { 'xml:id': nameXmlId(n) }, ...forms(n, 'persName'), note(n)))) : '',
    places.length ? el('listPlace', {}, ...places.map((n) => el('place', { 'xml:id': nameXmlId(n) }, ...forms(n, 'placeName'), note(n)))) : '',
    organisations.length ? el('listOrg', {}, ...organisations.map((n) => el('org', { 'xml:id': nameXmlId(n) }, ...forms(n, 'orgName'), note(n)))) : '',
  ].join('');
}

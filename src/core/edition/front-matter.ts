/** Front matter: editorial method, list of sources, places and persons with their variant spellings. */
import type { Work } from '../model/work.ts';
import type { FrontMatter, NameListEntry } from './edition.ts';

/** The conventions this edition follows (after FRUS and the Wilson Center's practice). */
export const EDITORIAL_METHOD: readonly string[] = [
  'The texts are printed as approved in Parallax. Spelling, capitalisation and punctuation are kept as found; nothing is changed silently.',
  'Every bracket in the text stands in the source itself (the translator’s glosses, [sic], omissions, illegible or withheld passages) and is identified by a footnote.',
  'Material omitted in the source is marked where it stands. Page breaks of the source that split a paragraph were joined on import and are recorded.',
  'The original and the translation are aligned row by row; rows are cited by document and paragraph id, never by page, so citations hold in print, web and ebook alike.',
  'Texts written for this project for demonstration and testing are marked as such in the source note and the list of sources; they are not the archive’s.',
];

function byName(a: NameListEntry, b: NameListEntry): number {
  return a.canonical.localeCompare(b.canonical, 'en');
}

export function buildFrontMatter(work: Work, names: readonly NameListEntry[]): FrontMatter {
  return {
    method: EDITORIAL_METHOD,
    workNotes: work.notes ?? null,
    sources: work.witnesses.map((w) => ({
      witnessId: w.id, label: w.label, lang: w.lang, role: w.role,
      translator: w.translator, provenance: w.provenance, preparedForProject: w.preparedForProject,
    })),
    places: names.filter((n) => n.kind === 'place').sort(byName),
    persons: names.filter((n) => n.kind === 'person').sort(byName),
    organisations: names.filter((n) => n.kind === 'organisation').sort(byName),
  };
}

/**
 * TEI P5 for an edition: original and translations as parallel divs,
 * paragraphs with xml:id linked by @corresp and a stand-off linkGrp, the
 * source note and every bracket note as footnotes, rival translations as
 * witnesses, and (when the edition has one) an inline apparatus; names from
 * the authority list tagged in the text and listed in the header, each
 * approval a `<change when who>`, an `<?xml-model?>` naming tei_all.
 * Parallax-specific data (witness roles, paragraph kinds, row numbers) is
 * kept in standard attributes so `readTei` can restore the work.
 */
import type { Edition, EditionCell, EditionParagraph, EditionRow, Footnote } from '../edition/edition.ts';
import { xmlText } from './escape-xml.ts';
import { teiInlines } from './tei-inlines.ts';
import { nameLists } from './tei-names.ts';
import { el, XML_DECLARATION } from './xml-element.ts';

export const TEI_NS = 'http://www.tei-c.org/ns/1.0';
export const PREPARED_FOR_PROJECT = 'prepared-for-project';
/** Points validators and editors at the full TEI schema (a reference only: nothing is fetched at run time). */
export const TEI_ALL_MODEL = '<?xml-model href="https://www.tei-c.org/release/xml/tei/custom/schema/relaxng/tei_all.rng" type="application/xml" schematypens="http://relaxng.org/ns/structure/1.0"?>\n';

export interface TeiOptions {
  /** Generator name and version for the header. */
  readonly generator?: string;
}

const witRef = (id: string) => `#wit-${id}`;
const kindRef = (kind: string) => (kind === 'text' ? undefined : `#kind-${kind}`);

function header(e: Edition, opts: TeiOptions): string {
  const s = e.sourceNote;
  const witnesses = e.frontMatter.sources.map((w) =>
    el('witness', { 'xml:id': `wit-${w.witnessId}`, n: w.role, 'xml:lang': w.lang, ana: w.preparedForProject ? `#${PREPARED_FOR_PROJECT}` : undefined },
      el('bibl', {},
        el('title', {}, xmlText(w.label)),
        w.translator ? el('respStmt', {}, el('resp', {}, 'Translated by'), el('name', {}, xmlText(w.translator))) : '',
        w.provenance ? el('note', { type: 'provenance' }, xmlText(w.provenance)) : '',
        w.preparedForProject ? el('note', { type: 'status' }, 'Written for this project for demonstration and testing; not an archival text.') : '')));
  const bibl = el('bibl', {},
    el('title', {}, xmlText(e.heading)),
    e.dateline.date ? el('date', { when: e.dateline.date }, xmlText(e.dateline.display)) : '',
    s.archive ? el('orgName', {}, xmlText(s.archive)) : '',
    s.archiveRef ? el('idno', { type: 'archive' }, xmlText(s.archiveRef)) : '',
    s.pages ? el('citedRange', { unit: 'page' }, xmlText(s.pages)) : '',
    s.translator ? el('respStmt', {}, el('resp', {}, 'Translated by'), el('name', {}, xmlText(s.translator))) : '',
    s.url ? el('ref', { target: s.url }, xmlText(s.url)) : '',
    s.citation ? el('note', { type: 'citation' }, xmlText(s.citation)) : '');
  const categories = [
    [PREPARED_FOR_PROJECT, 'Text written for this project for demonstration and testing, not the archive’s.'],
    ['kind-heading', 'Paragraph kind: heading.'],
    ['kind-omission', 'Paragraph kind: omission in the source.'],
    ['kind-closing', 'Paragraph kind: signature or date block.'],
  ].map(([id, desc]) => el('category', { 'xml:id': id }, el('catDesc', {}, xmlText(desc ?? ''))));
  // One editor entry per approver, so each <change who> points at a person named in the header.
  const approvers = [...new Set(e.revisions.approvals.map((a) => a.author))];
  const editorId = (author: string) => `editor-${approvers.indexOf(author) + 1}`;
  const editors = approvers.map((a) => el('respStmt', { 'xml:id': editorId(a) }, el('resp', {}, 'Approved revisions'), el('name', {}, xmlText(a))));
  const changes = e.revisions.approvals.length
    ? [...e.revisions.approvals].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0)).map((a) =>
      el('change', { when: a.at, who: `#${editorId(a.author)}` }, xmlText(`Approved a revision of ${a.paragraphId}${a.note ? `: ${a.note}` : ''}.`)))
    : [el('change', {}, xmlText(e.revisions.lines[0] ?? ''))];
  return el('teiHeader', {},
    el('fileDesc', {},
      el('titleStmt', {}, el('title', {}, xmlText(e.heading)), ...editors),
      el('publicationStmt', {},
        el('publisher', {}, xmlText(opts.generator ?? 'Parallax')),
        el('idno', { type: 'parallax-work' }, xmlText(e.workId)),
        el('availability', {}, el('p', {}, xmlText(e.frontMatter.workNotes ?? 'Texts marked as written for this project are CC0; the archive’s texts remain the archive’s.')))),
      el('sourceDesc', {}, bibl, el('listWit', {}, ...witnesses), nameLists(e))),
    el('encodingDesc', {},
      e.hasApparatus ? el('variantEncoding', { method: 'parallel-segmentation', location: 'internal' }) : '',
      el('classDecl', {}, el('taxonomy', { 'xml:id': 'parallax' }, ...categories))),
    el('revisionDesc', {}, ...changes));
}

/** Ids of the row's paragraphs in the other cells, for @corresp. */
function counterparts(row: EditionRow, cell: EditionCell): string | undefined {
  const ids = [row.original, row.translation, ...row.others].filter((c) => c !== cell).flatMap((c) => c.paragraphs.map((p) => `#${p.id}`));
  return ids.length ? ids.join(' ') : undefined;
}

function paragraph(e: Edition, row: EditionRow, cell: EditionCell, p: EditionParagraph, notes: ReadonlyMap<number, Footnote>, withApp: boolean): string {
  let body = teiInlines(e, p.inlines, notes, p.pageBreaks);
  if (withApp) {
    const readings = row.variants.map((v) => el('rdg', { wit: witRef(v.witnessId) }, xmlText(v.text)));
    body = el('app', {}, el('lem', { wit: witRef(cell.witnessId) }, body), ...readings);
  }
  return el('p', { 'xml:id': p.id, n: row.n, corresp: counterparts(row, cell), ana: kindRef(p.kind) }, body);
}

function witnessDiv(e: Edition, witnessId: string, lang: string, type: 'original' | 'translation', cells: ReadonlyArray<{ row: EditionRow; cell: EditionCell }>, notes: ReadonlyMap<number, Footnote>): string {
  const ps = cells.flatMap(({ row, cell }) =>
    cell.paragraphs.map((p, i) => paragraph(e, row, cell, p, notes, e.hasApparatus && type === 'translation' && cell.witnessId === e.translationWitnessId && i === 0 && row.variants.length > 0)));
  if (ps.length === 0) ps.push(el('p', {}, ''));
  return el('div', { type, 'xml:lang': lang, 'xml:id': `${e.documentId}-${witnessId}`, corresp: witRef(witnessId) }, ...ps);
}

export function toTei(e: Edition, opts: TeiOptions = {}): string {
  const notes = new Map(e.footnotes.map((f) => [f.n, f]));
  const source = e.footnotes[0];
  const otherIds = e.frontMatter.sources.filter((s) => s.role === 'translation' && s.witnessId !== e.translationWitnessId);
  const divs = [
    witnessDiv(e, e.originalWitnessId, e.originalLang, 'original', e.rows.map((row) => ({ row, cell: row.original })), notes),
    witnessDiv(e, e.translationWitnessId, e.translationLang, 'translation', e.rows.map((row) => ({ row, cell: row.translation })), notes),
    ...otherIds.map((w, i) => witnessDiv(e, w.witnessId, w.lang, 'translation', e.rows.map((row) => ({ row, cell: row.others[i] ?? { witnessId: w.witnessId, lang: w.lang, paragraphs: [] } })), notes)),
  ];
  const links = e.rows
    .map((r) => [r.original, r.translation, ...r.others].flatMap((c) => c.paragraphs.map((p) => `#${p.id}`)))
    .filter((t) => t.length >= 2)
    .map((t) => el('link', { target: t.join(' ') }));
  const doc = el('div', { type: 'document', 'xml:id': e.documentId, n: e.documentNumber },
    el('head', {}, xmlText(e.heading)),
    source ? el('note', { type: 'source', place: 'foot', n: 1 }, xmlText(source.text)) : '',
    el('dateline', {}, e.dateline.date ? el('date', { when: e.dateline.date }, xmlText(e.dateline.display)) : xmlText(e.dateline.display)),
    ...divs,
    links.length ? el('linkGrp', { type: 'translation' }, ...links) : '');
  return XML_DECLARATION + TEI_ALL_MODEL + el('TEI', { xmlns: TEI_NS, 'xml:lang': e.translationLang }, header(e, opts), el('text', {}, el('body', {}, doc))) + '\n';
}

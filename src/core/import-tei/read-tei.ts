/**
 * Reads back the TEI that `toTei` writes: the work's witnesses, their
 * paragraphs (text exactly as found, brackets included, page breaks as
 * offsets) and the alignment rows. Footnotes, corrections from the name
 * authority and apparatus readings are the edition's, not the text's, so
 * they are skipped.
 */
import type { WorkAlignment } from '../alignment/types.ts';
import { checkWork } from '../model/check-work.ts';
import { emptyMeta, type Paragraph, type ParagraphKind, type Witness, type Work, type WorkMeta } from '../model/work.ts';
import type { EditorialNote } from '../edition/paragraph-inlines.ts';
import { err, ok, pxError, type Result } from '../result.ts';
import { readForeignTei } from './read-foreign-tei.ts';
import { childrenNamed, descendants, firstChild, readXmlTree, textOf, type XmlElement } from '../import-xml/read-xml-tree.ts';

const TEI_NS = 'http://www.tei-c.org/ns/1.0';
const KINDS: readonly ParagraphKind[] = ['text', 'heading', 'omission', 'closing'];

export interface TeiWork {
  readonly work: Work;
  /** Parallax's own TEI carries its alignment; another project's file is aligned by the caller. */
  readonly alignment?: WorkAlignment;
  /** Notes found in another project's text (its `<note>`s, corrections), anchored in their paragraphs. */
  readonly notes?: readonly EditorialNote[];
}

/** Text of a paragraph as the source has it: no notes, no corrections, the lemma of an apparatus. */
function paragraphText(e: XmlElement, acc: { text: string; breaks: number[] }): void {
  for (const c of e.children) {
    if (typeof c === 'string') { acc.text += c; continue; }
    switch (c.name) {
      case 'note': case 'corr': case 'reg': case 'rdg': break;
      case 'pb': acc.breaks.push(acc.text.length); break;
      case 'gap': acc.text += childrenNamed(c, 'desc').map(textOf).join(''); break;
      default: paragraphText(c, acc);
    }
  }
}

function optionalText(e: XmlElement | undefined): string | null {
  const t = e ? textOf(e).trim() : '';
  return t ? t : null;
}

function readMeta(bibl: XmlElement | undefined, title: string | null): WorkMeta {
  if (!bibl) return { ...emptyMeta(), title };
  const find = (name: string, type?: string) => childrenNamed(bibl, name).find((x) => type === undefined || x.attrs.type === type);
  return {
    ...emptyMeta(),
    title: optionalText(find('title')) ?? title,
    date: find('date')?.attrs.when ?? null,
    archiveRef: optionalText(find('idno', 'archive')),
    pages: optionalText(find('citedRange')),
    translator: optionalText(find('respStmt') && firstChild(find('respStmt') as XmlElement, 'name')),
    url: find('ref')?.attrs.target ?? null,
    citation: optionalText(find('note', 'citation')),
  };
}

function readWitnessMeta(w: XmlElement): Omit<Witness, 'paragraphs'> {
  const bibl = firstChild(w, 'bibl');
  const resp = bibl && firstChild(bibl, 'respStmt');
  const id = (w.attrs['xml:id'] ?? '').replace(/^wit-/, '');
  return {
    id,
    lang: w.attrs['xml:lang'] ?? 'und',
    role: w.attrs.n === 'original' ? 'original' : 'translation',
    label: optionalText(bibl && firstChild(bibl, 'title')) ?? id,
    translator: optionalText(resp && firstChild(resp, 'name')),
    provenance: optionalText(bibl && childrenNamed(bibl, 'note').find((n) => n.attrs.type === 'provenance')),
    preparedForProject: (w.attrs.ana ?? '').split(/\s+/).includes('#prepared-for-project'),
  };
}

export function readTei(xml: string): Result<TeiWork> {
  const parsed = readXmlTree(xml, 'TEI');
  if (!parsed.ok) return parsed;
  const root = parsed.value;
  if (root.name !== 'TEI' || root.ns !== TEI_NS) {
    return err(pxError('IMPORT_TEI_NOT_TEI', `The root element is <${root.name}>, not a TEI P5 document`, 'choose a TEI file exported by Parallax'));
  }
  const header = firstChild(root, 'teiHeader');
  const fileDesc = header && firstChild(header, 'fileDesc');
  const sourceDesc = fileDesc && firstChild(fileDesc, 'sourceDesc');
  const witnessEls = sourceDesc ? descendants(sourceDesc, 'witness') : [];
  const docDiv = descendants(root, 'div').find((d) => d.attrs.type === 'document');
  const ownExport = fileDesc ? descendants(fileDesc, 'idno').some((i) => i.attrs.type === 'parallax-work') : false;
  if (!docDiv || witnessEls.length === 0 || !ownExport) {
    const foreign = readForeignTei(root);
    return foreign.ok ? ok({ work: foreign.value.work, notes: foreign.value.notes }) : foreign;
  }
  const workId = (fileDesc && descendants(fileDesc, 'idno').find((i) => i.attrs.type === 'parallax-work')) ?? undefined;
  const metas = new Map(witnessEls.map((w) => [readWitnessMeta(w).id, readWitnessMeta(w)]));
  const rowsByN = new Map<number, Record<string, string[]>>();
  const witnesses: Witness[] = [];
  for (const div of childrenNamed(docDiv, 'div')) {
    const id = (div.attrs.corresp ?? '').replace(/^#wit-/, '');
    const meta = metas.get(id);
    if (!meta) return err(pxError('IMPORT_TEI_UNSUPPORTED', `Division ${div.attrs['xml:id'] ?? '?'} names no known witness`, 'only TEI exported by Parallax can be read back'));
    const paragraphs: Paragraph[] = [];
    for (const p of childrenNamed(div, 'p')) {
      const pid = p.attrs['xml:id'];
      if (!pid) continue;
      const acc = { text: '', breaks: [] as number[] };
      paragraphText(p, acc);
      const kind = KINDS.find((k) => (p.attrs.ana ?? '') === `#kind-${k}`) ?? 'text';
      paragraphs.push(acc.breaks.length ? { id: pid, kind, text: acc.text, pageBreaks: acc.breaks } : { id: pid, kind, text: acc.text });
      const n = Number(p.attrs.n);
      if (Number.isFinite(n)) {
        const cells = rowsByN.get(n) ?? {};
        cells[id] = [...(cells[id] ?? []), pid];
        rowsByN.set(n, cells);
      }
    }
    witnesses.push({ ...meta, paragraphs });
  }
  const witnessIds = witnesses.map((w) => w.id);
  const rows = [...rowsByN.entries()].sort((a, b) => a[0] - b[0]).map(([, cells]) => ({
    cells: Object.fromEntries(witnessIds.map((w) => [w, cells[w] ?? []])),
    score: 1,
    flagged: false,
  }));
  const bibl = sourceDesc && firstChild(sourceDesc, 'bibl');
  const availability = fileDesc && descendants(fileDesc, 'availability')[0];
  const notes = optionalText(availability && firstChild(availability, 'p'));
  const work: Work = {
    format: 'parallax.work',
    version: 1,
    id: optionalText(workId) ?? docDiv.attrs['xml:id'] ?? 'tei-import',
    meta: readMeta(bibl, optionalText(firstChild(docDiv, 'head'))),
    witnesses,
    ...(notes ? { notes } : {}),
  };
  const checked = checkWork(work, 'the TEI file');
  return checked.ok ? ok({ work: checked.value, alignment: { witnessIds, rows } }) : checked;
}

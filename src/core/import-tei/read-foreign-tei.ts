/**
 * A TEI P5 file from another project → a work with its witnesses. Reads what
 * editions commonly encode: `<text><body>` with `<div>`s (one per witness
 * when they are typed original/translation or differ in `xml:lang`, else the
 * whole body is one witness), `<p>`, `<ab>` and `<head>` as paragraphs, the
 * text as found: `<sic>` kept and marked `[sic]` with the correction as an
 * editorial note, `<orig>` and `<abbr>` over `<reg>` and `<expan>`, `<gap>`
 * as a bracket (`[...]`, `[illegible]`), `<supplied>` in brackets, `<del>`
 * and `<rdg>` left out, `<note>` as an editorial note at its place, `<pb/>`
 * as a page break. Whitespace is TEI's: runs are one space.
 */
import type { EditorialNote } from '../edition/paragraph-inlines.ts';
import { buildWitness } from '../import/build-witness.ts';
import { emptyMeta, WORK_FORMAT, WORK_VERSION, type Witness, type WitnessRole, type Work } from '../model/work.ts';
import { err, ok, pxError, type PxError, type Result } from '../result.ts';
import { childrenNamed, descendants, firstChild, textOf, type XmlElement } from '../import-xml/read-xml-tree.ts';

export interface ForeignTei {
  readonly work: Work;
  readonly notes: readonly EditorialNote[];
}

interface Draft {
  kind: 'text' | 'heading';
  text: string;
  breaks: number[];
  notes: Array<{ offset: number; text: string }>;
}

const GAP_TEXT: Record<string, string> = { omitted: '[...]', omission: '[...]', illegible: '[illegible]', damage: '[damaged]', 'not-declassified': '[not declassified]' };
const PARAGRAPHS = new Set(['p', 'ab', 'head']);
/** Where a paragraph's own text is not: these hold other content or none. */
const SKIP = new Set(['del', 'rdg', 'reg', 'expan', 'corr', 'fw', 'figDesc', 'teiHeader']);

function append(d: Draft, raw: string): void {
  let t = raw.replace(/\s+/g, ' ');
  if (d.text === '' || d.text.endsWith(' ')) t = t.replace(/^ /, '');
  d.text += t;
}

function inline(e: XmlElement, d: Draft, ns: string): void {
  for (const c of e.children) {
    if (typeof c === 'string') { append(d, c); continue; }
    if (c.ns !== ns || SKIP.has(c.name)) continue;
    switch (c.name) {
      case 'note': d.notes.push({ offset: d.text.trimEnd().length, text: textOf(c).replace(/\s+/g, ' ').trim() }); break;
      case 'pb': d.breaks.push(d.text.length); break;
      case 'lb': append(d, ' '); break;
      case 'gap': {
        const desc = firstChild(c, 'desc');
        append(d, desc ? textOf(desc) : GAP_TEXT[c.attrs.reason ?? ''] ?? '[...]');
        break;
      }
      case 'supplied': append(d, '['); inline(c, d, ns); append(d, ']'); break;
      case 'choice': choice(c, d, ns); break;
      case 'sic': inline(c, d, ns); append(d, ' [sic]'); break;
      case 'app': { const lem = firstChild(c, 'lem'); if (lem) inline(lem, d, ns); break; }
      default: inline(c, d, ns);
    }
  }
}

function choice(c: XmlElement, d: Draft, ns: string): void {
  const sic = firstChild(c, 'sic');
  const corr = firstChild(c, 'corr');
  const kept = sic ?? firstChild(c, 'orig') ?? firstChild(c, 'abbr') ?? corr ?? firstChild(c, 'reg') ?? firstChild(c, 'expan');
  if (!kept) return;
  inline(kept, d, ns);
  if (sic) {
    append(d, ' [sic]');
    if (corr) d.notes.push({ offset: d.text.length, text: `Corrected reading: ${textOf(corr).replace(/\s+/g, ' ').trim()}` });
  }
}

function paragraphsOf(container: XmlElement, ns: string): Draft[] {
  const out: Draft[] = [];
  const walk = (e: XmlElement) => {
    for (const c of e.children) {
      if (typeof c === 'string' || c.ns !== ns || c.name === 'note' || SKIP.has(c.name)) continue;
      if (PARAGRAPHS.has(c.name)) {
        const d: Draft = { kind: c.name === 'head' ? 'heading' : 'text', text: '', breaks: [], notes: [] };
        inline(c, d, ns);
        const text = d.text.trimEnd();
        if (text) out.push({ ...d, text, breaks: d.breaks.filter((b) => b > 0 && b < text.length), notes: d.notes.map((n) => ({ ...n, offset: Math.min(n.offset, text.length) })) });
      } else walk(c);
    }
  };
  walk(container);
  return out;
}

/** The divisions that are witnesses: typed original/translation, or differing in language; else none (one witness). */
function witnessDivs(body: XmlElement): XmlElement[] {
  let divs = childrenNamed(body, 'div');
  // One wrapping division (a document) around the witnesses' divisions.
  const only = divs[0];
  if (divs.length === 1 && only) divs = childrenNamed(only, 'div');
  const typed = divs.filter((d) => d.attrs.type === 'original' || d.attrs.type === 'translation');
  if (typed.length >= 1 && typed.length === divs.length) return typed;
  const langs = new Set(divs.map((d) => d.attrs['xml:lang'] ?? ''));
  return divs.length > 1 && langs.size === divs.length && !langs.has('') ? divs : [];
}

const safeId = (s: string) => s.replace(/[^\w.-]+/g, '-').replace(/^[^A-Za-z]+/, '') || 'w';

export function readForeignTei(root: XmlElement): Result<ForeignTei, PxError> {
  const ns = root.ns;
  const text = firstChild(root, 'text');
  const body = text && firstChild(text, 'body');
  if (!text || !body) return err(pxError('IMPORT_TEI_UNSUPPORTED', 'The TEI file has no <text><body>', 'choose a TEI document with a text body (a corpus or a header alone cannot be imported)'));
  const baseLang = body.attrs['xml:lang'] ?? text.attrs['xml:lang'] ?? root.attrs['xml:lang'] ?? 'und';
  const divs = witnessDivs(body);
  const sides: Array<{ el: XmlElement; lang: string; role: WitnessRole; label: string }> = divs.length
    ? divs.map((d, i) => ({
      el: d,
      lang: d.attrs['xml:lang'] ?? baseLang,
      role: d.attrs.type === 'original' || (!divs.some((x) => x.attrs.type === 'original') && i === 0) ? 'original' : 'translation',
      label: d.attrs.n ?? d.attrs.type ?? d.attrs['xml:lang'] ?? `Division ${i + 1}`,
    }))
    : [{ el: body, lang: baseLang, role: 'original', label: 'Text' }];
  if (sides.filter((s) => s.role === 'original').length !== 1) {
    return err(pxError('IMPORT_TEI_UNSUPPORTED', 'The TEI file marks more than one division as the original', 'mark one <div type="original"> and the others type="translation"'));
  }
  const header = firstChild(root, 'teiHeader');
  const fileDesc = header && firstChild(header, 'fileDesc');
  const titleStmt = fileDesc && firstChild(fileDesc, 'titleStmt');
  const title = titleStmt ? (firstChild(titleStmt, 'title') ? textOf(firstChild(titleStmt, 'title') as XmlElement).replace(/\s+/g, ' ').trim() : null) : null;
  const sourceDesc = fileDesc && firstChild(fileDesc, 'sourceDesc');
  const date = sourceDesc ? descendants(sourceDesc, 'date').find((d) => d.attrs.when)?.attrs.when ?? null : null;
  const usedIds = new Set<string>();
  const witnesses: Witness[] = [];
  const notes: EditorialNote[] = [];
  for (const side of sides) {
    let id = safeId(side.el.attrs['xml:id'] ?? side.lang);
    while (usedIds.has(id)) id = `${id}-${usedIds.size + 1}`;
    usedIds.add(id);
    const drafts = paragraphsOf(side.el, ns);
    if (drafts.length === 0) continue;
    const w = buildWitness({ witnessId: id, lang: side.lang, role: side.role, label: side.label, provenance: 'Imported from a TEI file' },
      drafts.map((d) => ({ kind: d.kind, text: d.text, ...(d.breaks.length ? { pageBreaks: d.breaks } : {}) })));
    witnesses.push(w);
    drafts.forEach((d, i) => { for (const n of d.notes) if (n.text) notes.push({ paragraphId: w.paragraphs[i]?.id ?? '', offset: n.offset, text: n.text }); });
  }
  if (!witnesses.some((w) => w.role === 'original')) return err(pxError('IMPORT_TEI_UNSUPPORTED', 'The TEI file has no paragraphs in its text', 'choose a TEI document whose body holds <p>, <ab> or <head>'));
  const workId = safeId(root.attrs['xml:id'] ?? (title ?? 'tei-import').toLowerCase().slice(0, 60));
  return ok({ work: { format: WORK_FORMAT, version: WORK_VERSION, id: workId, meta: { ...emptyMeta(), title, date }, witnesses, notes: null }, notes });
}

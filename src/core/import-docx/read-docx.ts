/**
 * A Word file → its paragraphs in order, through mammoth (the maintained
 * DOCX reader): headings as headings, footnotes and endnotes as notes
 * anchored where their reference stands, comments with their paragraph,
 * hard page breaks inside a paragraph recorded at their offset, bracketed
 * marks untouched. Tracked changes are read as accepted (mammoth keeps
 * insertions and drops deletions) and reported with a warning, never
 * silently. The package is checked before mammoth sees it: its size, what
 * each part unpacks to, no DOCTYPE or entity declaration in any XML part.
 */
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { err, ok, type PxError, type Result } from '../result.ts';
import { docxErrors } from './docx-errors.ts';
import type { MammothComment, MammothDocument, MammothElement } from './mammoth-model.ts';

export interface DocxNote {
  readonly kind: 'footnote' | 'endnote' | 'comment';
  /** Offset in the paragraph's text after which the note stands. */
  readonly offset: number;
  readonly text: string;
  readonly author?: string;
}

export interface DocxParagraph {
  readonly kind: 'text' | 'heading';
  readonly text: string;
  readonly pageBreaks: readonly number[];
  readonly notes: readonly DocxNote[];
}

export interface DocxText {
  readonly paragraphs: readonly DocxParagraph[];
  readonly trackedChanges: { readonly insertions: number; readonly deletions: number };
  /** Page breaks that fell between paragraphs (not recorded on any paragraph). */
  readonly pageBreaksBetween: number;
  readonly warnings: readonly PxError[];
}

/** A 500-page translation is a few MB; images can make it larger. */
export const MAX_DOCX_BYTES = 100_000_000;
/** Bound on what one XML part unpacks to (a ZIP bomb stops here). */
const MAX_PART_BYTES = 200_000_000;
const W_NAMESPACES = ['http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'http://purl.oclc.org/ooxml/wordprocessingml/main'];
const HEADING_STYLE = /^(heading\s*\d|title|subtitle)$/i;

type Zip = InstanceType<typeof JSZip>;

function uncompressedSize(file: JSZip.JSZipObject): number {
  // JSZip knows each entry's declared size from the central directory but does not type it.
  return (file as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0;
}

async function checkPackage(name: string, bytes: Uint8Array): Promise<Result<{ insertions: number; deletions: number }, PxError>> {
  let zip: Zip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return err(docxErrors.notZip(name));
  }
  const document = zip.file('word/document.xml');
  if (!document) return err(docxErrors.notDocx(name));
  let insertions = 0;
  let deletions = 0;
  for (const file of Object.values(zip.files)) {
    if (file.dir || !/\.(xml|rels)$/i.test(file.name)) continue;
    const size = uncompressedSize(file);
    if (size > MAX_PART_BYTES) return err(docxErrors.partTooLarge(name, file.name, size, MAX_PART_BYTES));
    const xml = await file.async('string');
    if (/<!DOCTYPE|<!ENTITY/i.test(xml)) return err(docxErrors.doctype(name, file.name));
    if (file.name === 'word/document.xml') {
      const root = /<(?:[\w-]+:)?document\b[^>]*>/.exec(xml)?.[0] ?? '';
      if (!W_NAMESPACES.some((ns) => root.includes(`"${ns}"`))) return err(docxErrors.wrongNamespace(name));
    }
    if (/^word\/(document|footnotes|endnotes)\.xml$/.test(file.name)) {
      insertions += (xml.match(/<w:(?:ins|moveTo)[\s>/]/g) ?? []).length;
      deletions += (xml.match(/<w:(?:del|moveFrom)[\s>/]/g) ?? []).length;
    }
  }
  return ok({ insertions, deletions });
}

async function mammothDocument(bytes: Uint8Array): Promise<MammothDocument> {
  let captured: MammothDocument | null = null;
  // mammoth reads `buffer` in Node and `arrayBuffer` in its browser build; both name the same bytes.
  const input = { buffer: bytes, arrayBuffer: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) };
  await mammoth.convertToHtml(input as unknown as Parameters<typeof mammoth.convertToHtml>[0], {
    transformDocument: (doc: MammothDocument) => {
      captured = doc;
      // The HTML is not wanted: hand mammoth an empty body so it does no more work.
      return { ...doc, children: [] };
    },
  });
  if (!captured) throw new Error('mammoth returned no document');
  return captured;
}

interface Builder {
  text: string;
  breaks: number[];
  notes: DocxNote[];
}

function plainText(elements: readonly MammothElement[]): string {
  let s = '';
  const walk = (list: readonly MammothElement[]) => {
    for (const e of list) {
      if (e.type === 'text') s += e.value;
      else if (e.type === 'tab') s += '\t';
      else if (e.type === 'break') s += e.breakType === 'line' ? '\n' : ' ';
      else if (e.type === 'paragraph') { if (s) s += '\n'; walk(e.children ?? []); }
      else if ('children' in e && e.children) walk(e.children);
    }
  };
  walk(elements);
  return s.trim();
}

export async function readDocx(name: string, bytes: Uint8Array): Promise<Result<DocxText, PxError>> {
  if (bytes.length > MAX_DOCX_BYTES) return err(docxErrors.tooLarge(name, bytes.length, MAX_DOCX_BYTES));
  const checked = await checkPackage(name, bytes);
  if (!checked.ok) return checked;
  let doc: MammothDocument;
  try {
    doc = await mammothDocument(bytes);
  } catch (e) {
    return err(docxErrors.unreadable(name, e instanceof Error ? e.message : String(e)));
  }
  const comments = new Map<string, MammothComment>(doc.comments.map((c) => [c.commentId, c]));
  const paragraphs: DocxParagraph[] = [];
  let pageBreaksBetween = 0;

  const inline = (list: readonly MammothElement[], b: Builder) => {
    for (const e of list) {
      switch (e.type) {
        case 'text': b.text += e.value; break;
        case 'tab': b.text += '\t'; break;
        case 'break':
          if (e.breakType === 'page') b.breaks.push(b.text.length);
          else b.text += e.breakType === 'line' ? '\n' : ' ';
          break;
        case 'noteReference': {
          const note = doc.notes.findNoteByKey(`${e.noteType}-${e.noteId}`);
          if (note) b.notes.push({ kind: e.noteType, offset: b.text.length, text: plainText(note.body) });
          break;
        }
        case 'commentReference': {
          const c = comments.get(e.commentId);
          if (c) b.notes.push({ kind: 'comment', offset: b.text.length, text: plainText(c.body), ...(c.authorName ? { author: c.authorName } : {}) });
          break;
        }
        default:
          if ('children' in e && e.children) inline(e.children, b);
      }
    }
  };
  const block = (list: readonly MammothElement[]) => {
    for (const e of list) {
      if (e.type === 'paragraph') {
        const b: Builder = { text: '', breaks: [], notes: [] };
        inline(e.children ?? [], b);
        const lead = b.text.length - b.text.trimStart().length;
        const text = b.text.trim();
        // Breaks at either end of a paragraph fall between paragraphs.
        const inside = b.breaks.map((x) => x - lead).filter((x) => x > 0 && x < text.length);
        pageBreaksBetween += b.breaks.length - inside.length;
        if (!text) {
          if (b.notes.length && paragraphs.length) {
            const last = paragraphs[paragraphs.length - 1] as DocxParagraph;
            paragraphs[paragraphs.length - 1] = { ...last, notes: [...last.notes, ...b.notes.map((n) => ({ ...n, offset: last.text.length }))] };
          }
          continue;
        }
        const style = e.styleName ?? e.styleId ?? '';
        paragraphs.push({
          kind: HEADING_STYLE.test(style.trim()) ? 'heading' : 'text',
          text,
          pageBreaks: inside,
          notes: b.notes.map((n) => ({ ...n, offset: Math.max(0, Math.min(text.length, n.offset - lead)) })),
        });
      } else if ('children' in e && e.children) block(e.children);
    }
  };
  block(doc.children);
  if (paragraphs.length === 0) return err(docxErrors.empty(name));
  const { insertions, deletions } = checked.value;
  const warnings = insertions + deletions > 0 ? [docxErrors.trackedChanges(name, insertions, deletions)] : [];
  return ok({ paragraphs, trackedChanges: { insertions, deletions }, pageBreaksBetween, warnings });
}

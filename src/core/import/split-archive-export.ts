/**
 * Splits an archive export into its parts: the date line, the **bold
 * title** (which may span lines), the labelled header sections (`Citation:`,
 * `Summary:`, `Credits:`, `Original Language:`, `Contents:` …) and the body.
 * Tolerant by design: any part may be missing, and sections come in any order.
 */
import { parseIsoDate } from './parse-date.ts';

export interface ArchiveExportParts {
  readonly dateLine: string | null;
  readonly title: string | null;
  /** Lower-case label → content lines (blank lines between paragraphs kept as ''). */
  readonly sections: ReadonlyMap<string, readonly string[]>;
  readonly body: string;
}

const KNOWN_LABELS = [
  'citation', 'summary', 'credits', 'original language', 'original languages', 'contents', 'source',
  'rights', 'keywords', 'subjects', 'description', 'associated people & organizations', 'associated places',
  'associated topics', 'authors', 'document type', 'language', 'languages',
];
const LABEL_LINE = /^\s*([A-Za-z][A-Za-z &/'-]{1,40}?)\s*:\s*(.*)$/;
/** A line of the Contents list: "Translation - English", "Original Scan", "Transcript - Chinese". */
const CONTENTS_ENTRY = /^(?:translation|transcript|original|scan|english|chinese|russian)\b[^.!?]{0,60}$/i;
/** A bold title never runs longer than this many lines; past it the `**` is taken as text. */
const MAX_TITLE_LINES = 8;

export function isArchiveLabel(line: string): boolean {
  return readLabel(line) !== null;
}

function readLabel(line: string): { label: string; inline: string } | null {
  const m = LABEL_LINE.exec(line);
  if (!m) return null;
  const label = (m[1] ?? '').toLowerCase().replace(/\s+/g, ' ');
  return KNOWN_LABELS.includes(label) ? { label, inline: (m[2] ?? '').trim() } : null;
}

export function splitArchiveExport(text: string): ArchiveExportParts {
  const lines = text.split('\n');
  let i = skipBlank(lines, 0);
  let dateLine: string | null = null;
  const first = lines[i];
  if (first !== undefined && !first.trimStart().startsWith('**') && !readLabel(first)) {
    // Only a line before the title or the header is a date line; otherwise it is body text.
    const after = skipBlank(lines, i + 1);
    const next = lines[after] ?? '';
    if (parseIsoDate(first) !== null || next.trimStart().startsWith('**') || readLabel(next)) {
      dateLine = first.trim();
      i = after;
    }
  }
  const title = readBoldTitle(lines, i);
  if (title) i = skipBlank(lines, title.next);
  const sections = new Map<string, string[]>();
  while (i < lines.length) {
    const label = readLabel(lines[i] ?? '');
    if (!label) break;
    const content = label.inline ? [label.inline] : [];
    const start = i + 1;
    const nextLabel = findNextLabel(lines, start);
    const end = nextLabel >= 0 ? nextLabel : lastSectionEnd(lines, start, label.label);
    content.push(...trimBlankEdges(lines.slice(start, end)).map((l) => l.trim()));
    sections.set(label.label, [...(sections.get(label.label) ?? []), ...content]);
    i = skipBlank(lines, end);
  }
  return { dateLine, title: title?.text ?? null, sections, body: lines.slice(i).join('\n') };
}

function skipBlank(lines: readonly string[], from: number): number {
  let i = from;
  while (i < lines.length && (lines[i] ?? '').trim() === '') i++;
  return i;
}

function readBoldTitle(lines: readonly string[], at: number): { text: string; next: number } | null {
  const first = lines[at]?.trim();
  if (!first?.startsWith('**')) return null;
  const parts: string[] = [];
  for (let j = at; j < Math.min(lines.length, at + MAX_TITLE_LINES); j++) {
    const line = (lines[j] ?? '').trim();
    if (line === '' && j > at) break;
    parts.push(line);
    if (line.endsWith('**') && (j > at || line.length > 2)) {
      return { text: stripBold(parts.join(' ')), next: j + 1 };
    }
  }
  return { text: stripBold(first), next: at + 1 };
}

function stripBold(s: string): string {
  return s.replace(/^\*\*\s*/, '').replace(/\s*\*\*$/, '').replace(/\s+/g, ' ').trim();
}

function findNextLabel(lines: readonly string[], from: number): number {
  for (let j = from; j < lines.length; j++) if (readLabel(lines[j] ?? '')) return j;
  return -1;
}

/**
 * Where the last header section ends and the body begins: a Contents list
 * runs while its lines look like entries; any other section is one block.
 */
function lastSectionEnd(lines: readonly string[], from: number, label: string): number {
  let j = skipBlank(lines, from);
  if (label === 'contents') {
    while (j < lines.length && CONTENTS_ENTRY.test((lines[j] ?? '').trim())) j = skipBlank(lines, j + 1);
    return j;
  }
  while (j < lines.length && (lines[j] ?? '').trim() !== '') j++;
  return j;
}

function trimBlankEdges(block: readonly string[]): string[] {
  let a = 0;
  let b = block.length;
  while (a < b && (block[a] ?? '').trim() === '') a++;
  while (b > a && (block[b - 1] ?? '').trim() === '') b--;
  return block.slice(a, b);
}

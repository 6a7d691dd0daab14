/**
 * A Wilson Center Digital Archive export → a one-witness work whose meta comes
 * from the header. The body starts after the header; an `Appendix` line and
 * the repeated title are headings, page-broken paragraphs are joined (and
 * recorded), and a closing `[...]` is an omission.
 */
import { err, ok, type Result } from '../result.ts';
import { emptyMeta, WORK_FORMAT, WORK_VERSION, type Work, type WorkMeta, type WitnessRole } from '../model/work.ts';
import { buildWitness } from './build-witness.ts';
import { markClosing, markOmissions } from './classify-paragraphs.ts';
import { importErrors } from './import-errors.ts';
import { guessLanguage, languageTagOf } from './language-of.ts';
import { parseCitation } from './parse-citation.ts';
import { parseIsoDate } from './parse-date.ts';
import { repairPageBreaks, type DraftParagraph } from './repair-page-breaks.ts';
import { splitArchiveExport, type ArchiveExportParts } from './split-archive-export.ts';
import { splitPlainText } from './split-plain-text.ts';

export interface ArchiveExportOptions {
  readonly workId?: string;
  readonly witnessId?: string;
  /** A lone imported file is the work's original, since a work needs one; a work folder says otherwise. */
  readonly role?: WitnessRole;
  readonly lang?: string;
  readonly label?: string;
  readonly name?: string;
}

/** Lines that head an attached document rather than being part of it. */
const SECTION_HEADING = /^(?:appendix|attachment|annex|enclosure|addendum)(?:\s+[\w.]{1,6})?$/i;

export function importArchiveExport(text: string, opts: ArchiveExportOptions = {}): Result<Work> {
  const name = opts.name ?? 'the archive export';
  const parts = splitArchiveExport(text);
  if (!parts.title && !parts.sections.has('citation')) return err(importErrors.notArchiveExport(name));
  const meta = archiveMeta(parts);
  const pieces = splitPlainText(parts.body, 'auto');
  const drafts = archiveBodyDrafts(pieces, [meta.title, parts.title]);
  if (!drafts.some((d) => d.kind === 'text')) return err(importErrors.noParagraphs(name));
  const contents = contentsEntry(parts);
  const lang = opts.lang ?? (contents?.language ? languageTagOf(contents.language) : null) ?? guessLanguage(parts.body);
  const witnessId = opts.witnessId ?? lang.replace(/[^\w.-]/g, '-');
  const witness = buildWitness({
    witnessId,
    lang,
    role: opts.role ?? 'original',
    label: opts.label ?? defaultLabel(contents?.kind ?? null, meta.translator),
    translator: meta.translator,
    provenance: meta.citation ? `Wilson Center Digital Archive export. ${meta.citation.replace(/\s*\n\s*/g, ' ')}` : 'Wilson Center Digital Archive export',
    preparedForProject: false,
  }, drafts);
  return ok({
    format: WORK_FORMAT,
    version: WORK_VERSION,
    id: opts.workId ?? workIdFromUrl(meta.url) ?? 'archive-document',
    meta,
    witnesses: [witness],
    notes: null,
  });
}

export function archiveMeta(parts: ArchiveExportParts): WorkMeta {
  const citationLines = parts.sections.get('citation') ?? [];
  const citation = citationLines.filter((l) => l !== '').join('\n') || null;
  const cited = citation ? parseCitation(citation) : null;
  const joined = (label: string) => (parts.sections.get(label) ?? []).filter((l) => l !== '');
  const languages = [...joined('original language'), ...joined('original languages')];
  const paragraphs = (label: string) => paragraphsOf(parts.sections.get(label) ?? []) || null;
  return {
    ...emptyMeta(),
    title: parts.title ?? cited?.title ?? null,
    date: (parts.dateLine ? parseIsoDate(parts.dateLine) : null) ?? cited?.date ?? null,
    archiveRef: cited?.archiveRef ?? null,
    pages: cited?.pages ?? null,
    translator: cited?.translator ?? null,
    url: cited?.url ?? null,
    summary: paragraphs('summary'),
    credits: paragraphs('credits'),
    originalLanguage: languages.length > 0 ? languages.join(', ') : null,
    citation,
  };
}

function paragraphsOf(lines: readonly string[]): string {
  return lines.join('\n').split(/\n\s*\n/).map((p) => p.replace(/\s*\n\s*/g, ' ').trim()).filter(Boolean).join('\n\n');
}

function archiveBodyDrafts(pieces: readonly string[], titles: ReadonlyArray<string | null>): DraftParagraph[] {
  const titleKeys = new Set(titles.filter((t): t is string => !!t).map(comparable));
  const drafts = pieces.map((text): DraftParagraph => ({
    kind: SECTION_HEADING.test(text) || titleKeys.has(comparable(text)) ? 'heading' : 'text',
    text,
  }));
  return markClosing(repairPageBreaks(markOmissions(drafts)));
}

function comparable(s: string): string {
  return s.replace(/\*\*/g, '').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** "Translation - English" → kind translation, language English. */
function contentsEntry(parts: ArchiveExportParts): { kind: string; language: string | null } | null {
  for (const line of parts.sections.get('contents') ?? []) {
    const m = /^(translation|transcript)\s*[-–—:]\s*(.+)$/i.exec(line.trim());
    if (m) return { kind: (m[1] ?? '').toLowerCase(), language: (m[2] ?? '').trim() };
  }
  return null;
}

function defaultLabel(kind: string | null, translator: string | null): string {
  const what = kind === 'transcript' ? 'Archive transcript' : kind === 'translation' ? 'Archive translation' : 'Archive document';
  return translator ? `${what} (${translator})` : what;
}

/** ".../document/121617" → "wilson-121617". */
function workIdFromUrl(url: string | null): string | null {
  const m = url ? /\/document\/(\d+)/.exec(url) : null;
  return m ? `wilson-${m[1]}` : null;
}

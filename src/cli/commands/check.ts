/**
 * `parallax check <original> <translation>`: imports both files, aligns them
 * as `parallax align` does, runs every check and prints the findings. Exits 0
 * unless --fail-on names a severity that was found (then 1), or the files
 * cannot be read.
 */
import { fileURLToPath } from 'node:url';
import { alignSizeProblem, mergeAlignments, alignWitnesses } from '../../core/alignment/index.ts';
import { importFile, NAMES_INPUT } from '../../core/import/index.ts';
import { paragraphId, type Witness, type Work } from '../../core/model/work.ts';
import { runChecks, type Finding } from '../../core/checks/index.ts';
import { mergeNameLists, parseNameList, type NameList } from '../../core/names/name-list.ts';
import { loadZhEnLexicon } from '../../core/lexicon/index.ts';
import { pxError, type Result } from '../../core/result.ts';
import { isCjkLang } from '../../core/text/split-sentences.ts';
import { fail } from '../cli-failure.ts';
import { defineCommand } from '../command.ts';
import type { SessionIo } from '../io.ts';
import { quotePath } from '../terminal.ts';
/** The shared authority list, found from this file so the CLI works from any directory. */
const SHARED_NAMES = fileURLToPath(new URL('../../../translations/names.json', import.meta.url));

/** Findings at or above this severity make the exit status 1. */
const FAIL_ON = { warning: new Set(['warning', 'error']), error: new Set(['error']) } as const;

export const command = defineCommand({
  name: 'check',
  summary: 'Runs every check (numbers, names, omissions, alignment) on an original and its translation.',
  positionals: [
    { name: 'original', description: 'the original: a text file, or - for standard input' },
    { name: 'translation', description: 'the translation: a text file' },
  ],
  options: {
    names: { type: 'string', short: 'n', value: '<names.json>', description: 'a names list extending the shared one' },
    'source-lang': { type: 'string', value: '<bcp47>', description: 'the language of the original (detected otherwise)' },
    'target-lang': { type: 'string', value: '<bcp47>', description: 'the language of the translation (detected otherwise)' },
    'source-encoding': { type: 'string', value: '<label>', description: "the original's encoding (checked against its bytes; detected otherwise)" },
    'target-encoding': { type: 'string', value: '<label>', description: "the translation's encoding (checked against its bytes; detected otherwise)" },
    'fail-on': { type: 'string', choices: ['warning', 'error'], description: 'exit 1 when a finding of this severity (or worse) is found' },
    json: { type: 'boolean', description: 'print the findings as JSON' },
  },
  notes: ['Exit status: 0 checked (whatever the findings, unless --fail-on), 1 findings at --fail-on or bad input, 2 usage.'],
  async run({ values, positionals: [originalPath = '', translationPath = ''], io }) {
    const original = await loadWitness(io, originalPath, 'original', values['source-lang'], values['source-encoding']);
    if (!original.ok) return fail(io, original.error);
    const translation = await loadWitness(io, translationPath, 'translation', values['target-lang'], values['target-encoding']);
    if (!translation.ok) return fail(io, translation.error);
    const tooLarge = alignSizeProblem(original.value.paragraphs.length, translation.value.paragraphs.length);
    if (tooLarge) return fail(io, tooLarge);
    const names = await loadNames(io, values.names);
    if (!names.ok) return fail(io, names.error);
    const work: Work = {
      format: 'parallax.work', version: 1, id: 'check',
      meta: { title: null, date: null, archiveRef: null, pages: null, translator: null, url: null, summary: null, credits: null, originalLanguage: null, citation: null },
      witnesses: [original.value, translation.value],
    };
    // Rows as parallax align gives them: the zh–en dictionary is read when one side is Chinese and the other is not.
    const lexicon = isCjkLang(original.value.lang) !== isCjkLang(translation.value.lang) ? await loadZhEnLexicon() : undefined;
    const alignment = mergeAlignments(original.value, [translation.value], [alignWitnesses(original.value, translation.value, lexicon ? { lexicon } : {})]);
    const findings = runChecks(work, alignment, names.value);
    const indexOf = new Map(work.witnesses.flatMap((w) => w.paragraphs.map((p, i) => [p.id, i] as const)));
    const indices = (ids: readonly string[] | undefined): number[] => (ids ?? []).map((id) => indexOf.get(id) ?? -1);
    const located = findings.map((f) => {
      const row = alignment.rows[f.row];
      return { f, source: indices(row?.cells[original.value.id]), target: indices(row?.cells[translation.value.id]) };
    });
    if (values.json) {
      io.json({
        findings: located.map(({ f, source, target }) => ({
          rule: f.rule, severity: f.severity, row: f.row, source, target, message: f.message,
          ...(f.paragraphId !== undefined ? { paragraphId: f.paragraphId } : {}),
          ...(f.start !== undefined ? { start: f.start, end: f.end } : {}),
        })),
      });
    } else {
      io.out(asListing(located, (f) => f.witnessId === original.value.id ? 'original' : 'translation'));
    }
    const failOn = values['fail-on'];
    return failOn && findings.some((f) => FAIL_ON[failOn].has(f.severity)) ? 1 : 0;
  },
});

function asListing(located: ReadonlyArray<{ f: Finding; source: number[]; target: number[] }>, side: (f: Finding) => string): string {
  const lines = located.map(({ f, source, target }) => {
    const where = `${source.join(',') || '-'}:${target.join(',') || '-'}`;
    return `row ${String(f.row + 1).padStart(3)} ${where.padEnd(7)} ${f.severity.padEnd(7)} ${f.rule.padEnd(18)} ${side(f) === 'original' ? '(original) ' : ''}${f.message}`;
  });
  const count = (s: Finding['severity']) => located.filter(({ f }) => f.severity === s).length;
  lines.push(`${located.length} findings: ${count('error')} errors, ${count('warning')} warnings, ${count('info')} info`);
  return lines.join('\n');
}

/**
 * The file's original witness (or its only one), re-identified as `id` so two
 * files in one language never share paragraph ids.
 */
export async function loadWitness(io: SessionIo, path: string, id: string, lang: string | undefined, encoding?: string): Promise<Result<Witness>> {
  const bytes = await io.read(path);
  if (!bytes.ok) return bytes;
  const imported = importFile(path, bytes.value, { ...(lang ? { lang } : {}), ...(encoding ? { encoding } : {}) });
  if (!imported.ok) return imported;
  const w = imported.value.witnesses.find((x) => x.role === 'original') ?? imported.value.witnesses[0];
  if (!w) return { ok: false, error: pxError('CHECK_NO_TEXT', `${quotePath(path)} holds no text`, 'choose a file with a text in it') };
  const role = id === 'original' ? 'original' : 'translation';
  return { ok: true, value: { ...w, id, role, paragraphs: w.paragraphs.map((p, i) => ({ ...p, id: paragraphId(id, i + 1) })) } };
}

async function loadNames(io: SessionIo, path: string | undefined): Promise<Result<NameList>> {
  const file = path ?? SHARED_NAMES;
  const bytes = await io.read(file, NAMES_INPUT);
  if (!bytes.ok) {
    if (path) return bytes;
    // Installed without the repository's list: check without names.
    return { ok: true, value: { format: 'parallax.names', version: 1, entries: [] } };
  }
  const list = parseNameList(new TextDecoder().decode(bytes.value));
  if (!list.ok || !path) return list;
  // A work's own list extends the shared one.
  const shared = await loadNames(io, undefined);
  return shared.ok ? { ok: true, value: mergeNameLists(shared.value, list.value) } : list;
}

/**
 * `parallax check <original> <translation> [--names <names.json>] [--lang <bcp47>] [--json]`:
 * imports both files, aligns them as `parallax align` does, runs every check
 * and prints the findings. Exits 0 whatever the findings; 1 only when the
 * files cannot be read.
 */
import { fileURLToPath } from 'node:url';
import { mergeAlignments, alignWitnesses } from '../../core/alignment/index.ts';
import { importFile } from '../../core/import/index.ts';
import { paragraphId, type Witness, type Work } from '../../core/model/work.ts';
import { runChecks, type Finding } from '../../core/checks/index.ts';
import { mergeNameLists, parseNameList, type NameList } from '../../core/names/name-list.ts';
import { formatError, pxError, type PxError, type Result } from '../../core/result.ts';
import { parseArgs } from '../args.ts';
import type { CommandIo } from '../io.ts';
import type { Command } from '../main.ts';

const USAGE = 'Usage: parallax check <original> <translation> [--names <names.json>] [--source-lang <bcp47>] [--target-lang <bcp47>] [--source-encoding <label>] [--target-encoding <label>] [--json]';
/** The shared authority list, found from this file so the CLI works from any directory. */
const SHARED_NAMES = fileURLToPath(new URL('../../../translations/names.json', import.meta.url));

export const run: Command = async (args, io) => {
  const parsed = parseArgs(args, { flags: ['json'], options: ['names', 'source-lang', 'target-lang', 'source-encoding', 'target-encoding'] });
  if (!parsed.ok) return fail(io, parsed.error);
  const [originalPath, translationPath, extra] = parsed.value.positionals;
  if (!originalPath || !translationPath || extra !== undefined) {
    io.err(USAGE);
    return 1;
  }
  const original = await loadWitness(io, originalPath, 'original', parsed.value.options.get('source-lang'), parsed.value.options.get('source-encoding'));
  if (!original.ok) return fail(io, original.error);
  const translation = await loadWitness(io, translationPath, 'translation', parsed.value.options.get('target-lang'), parsed.value.options.get('target-encoding'));
  if (!translation.ok) return fail(io, translation.error);
  const names = await loadNames(io, parsed.value.options.get('names'));
  if (!names.ok) return fail(io, names.error);
  const work: Work = {
    format: 'parallax.work', version: 1, id: 'check',
    meta: { title: null, date: null, archiveRef: null, pages: null, translator: null, url: null, summary: null, credits: null, originalLanguage: null, citation: null },
    witnesses: [original.value, translation.value],
  };
  const alignment = mergeAlignments(original.value, [translation.value], [alignWitnesses(original.value, translation.value)]);
  const findings = runChecks(work, alignment, names.value);
  const indexOf = new Map(work.witnesses.flatMap((w) => w.paragraphs.map((p, i) => [p.id, i] as const)));
  const indices = (ids: readonly string[] | undefined): number[] => (ids ?? []).map((id) => indexOf.get(id) ?? -1);
  const located = findings.map((f) => {
    const row = alignment.rows[f.row];
    return { f, source: indices(row?.cells[original.value.id]), target: indices(row?.cells[translation.value.id]) };
  });
  if (parsed.value.flags.has('json')) {
    io.out(JSON.stringify({
      findings: located.map(({ f, source, target }) => ({
        rule: f.rule, severity: f.severity, row: f.row, source, target, message: f.message,
        ...(f.paragraphId !== undefined ? { paragraphId: f.paragraphId } : {}),
        ...(f.start !== undefined ? { start: f.start, end: f.end } : {}),
      })),
    }, null, 2));
  } else {
    io.out(asListing(located, (f) => f.witnessId === original.value.id ? 'original' : 'translation'));
  }
  return 0;
};

function asListing(located: ReadonlyArray<{ f: Finding; source: number[]; target: number[] }>, side: (f: Finding) => string): string {
  const lines = located.map(({ f, source, target }) => {
    const where = `${source.join(',') || '-'}:${target.join(',') || '-'}`;
    return `row ${String(f.row + 1).padStart(3)} ${where.padEnd(7)} ${f.severity.padEnd(7)} ${f.rule.padEnd(18)} ${side(f) === 'original' ? '(original) ' : ''}${f.message}`;
  });
  const count = (s: Finding['severity']) => located.filter(({ f }) => f.severity === s).length;
  lines.push(`${located.length} findings: ${count('error')} errors, ${count('warning')} warnings, ${count('info')} info`);
  return lines.join('\n');
}

async function readBytes(io: CommandIo, path: string): Promise<Result<Uint8Array>> {
  try {
    return { ok: true, value: await io.readFile(path) };
  } catch {
    return { ok: false, error: pxError('CHECK_FILE_NOT_FOUND', `Cannot read "${path}"`, 'check the path and that the file exists') };
  }
}

/**
 * The file's original witness (or its only one), re-identified as `id` so two
 * files in one language never share paragraph ids. `encoding` names the
 * file's encoding (checked against its bytes) instead of detecting it.
 */
export async function loadWitness(io: CommandIo, path: string, id: string, lang: string | undefined, encoding?: string): Promise<Result<Witness>> {
  const bytes = await readBytes(io, path);
  if (!bytes.ok) return bytes;
  const imported = importFile(path, bytes.value, { ...(lang ? { lang } : {}), ...(encoding ? { encoding } : {}) });
  if (!imported.ok) return imported;
  const w = imported.value.witnesses.find((x) => x.role === 'original') ?? imported.value.witnesses[0];
  if (!w) return { ok: false, error: pxError('CHECK_NO_TEXT', `"${path}" holds no text`, 'choose a file with a text in it') };
  const role = id === 'original' ? 'original' : 'translation';
  return { ok: true, value: { ...w, id, role, paragraphs: w.paragraphs.map((p, i) => ({ ...p, id: paragraphId(id, i + 1) })) } };
}

async function loadNames(io: CommandIo, path: string | undefined): Promise<Result<NameList>> {
  const file = path ?? SHARED_NAMES;
  const bytes = await readBytes(io, file);
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

function fail(io: CommandIo, e: PxError): number {
  io.err(formatError(e));
  return 1;
}

/**
 * `parallax import <revised> --into <work-folder|bundle.json> --witness <id>
 * --out <bundle.json> [--author NAME]`: a revised version of one translation
 * (Word, XLIFF, TMX, TEI or text) becomes proposed revisions appended to the
 * work's bundle. Nothing is approved; the summary says N proposals, M
 * unchanged, K unmatched, and lists what the editor should look at.
 */
import { userInfo } from 'node:os';
import { bundleOfWork, parseBundle, serializeBundle, workFromBundle, type Bundle } from '../../core/bundle/index.ts';
import { BUNDLE_INPUT, TEXT_INPUT } from '../../core/import/index.ts';
import { createIdFactory } from '../../core/ids.ts';
import type { Work } from '../../core/model/work.ts';
import { err, formatError, ok, pxError, type Result } from '../../core/result.ts';
import { proposalsIntoBundle, proposalSummary, readRevisedVersion, type ProposalSet } from '../../core/revise/index.ts';
import { fail } from '../cli-failure.ts';
import type { SessionIo } from '../io.ts';
import { escapeLine, quotePath } from '../terminal.ts';
import { importFolder } from './import.ts';

export interface RevisedArgs {
  readonly revised: string;
  readonly into: string;
  readonly witness: string | undefined;
  readonly out: string | undefined;
  readonly author: string | undefined;
  readonly work: string | undefined;
  readonly json: boolean;
}

const IMPORTER = 'parallax import';

async function loadBase(io: SessionIo, into: string, workId: string | undefined, ids: ReturnType<typeof createIdFactory>, at: string): Promise<Result<{ bundle: Bundle; work: Work }>> {
  if (await io.isDirectory(into).catch(() => false)) {
    const work = await importFolder(io, into.replace(/\/+$/, ''));
    if (!work.ok) return work;
    // A work folder has no history yet: its texts become revision zero, as the app's import makes them.
    return ok({ bundle: bundleOfWork(work.value, { author: IMPORTER, at, ids }), work: work.value });
  }
  const bytes = await io.read(into, BUNDLE_INPUT);
  if (!bytes.ok) return bytes;
  const bundle = parseBundle(new TextDecoder().decode(bytes.value));
  if (!bundle.ok) return bundle;
  const live = bundle.value.works.filter((w) => w.deletedAt === null).map((w) => w.id);
  const chosen = workId ?? (live.length === 1 ? live[0] : undefined);
  if (!chosen) return err(pxError('BUNDLE_SEVERAL_WORKS', `${quotePath(into)} holds ${live.length} works (${live.slice(0, 5).join(', ')})`, 'name one with --work <id>'));
  const work = workFromBundle(bundle.value, chosen);
  return work.ok ? ok({ bundle: bundle.value, work: work.value }) : work;
}

function defaultAuthor(): string {
  try {
    return userInfo().username;
  } catch {
    return '';
  }
}

function report(set: ProposalSet): string[] {
  const lines = [proposalSummary(set)];
  for (const p of set.proposals) lines.push(`  proposal ${p.paragraphId}${p.requestedState === 'approved' ? ' (marked final: approve it in Parallax to accept)' : ''}`);
  for (const s of set.stateChanges) lines.push(`  state ${s.paragraphId}: ${s.stateAsWritten ?? '?'} (text unchanged)`);
  for (const u of set.unmatched) {
    if (u.kind === 'added') lines.push(`  added after ${u.afterParagraphId ?? 'the start'}: ${u.text.slice(0, 60)}${u.text.length > 60 ? '…' : ''}`);
    else if (u.kind === 'removed') lines.push(`  removed ${u.paragraphId}`);
    else if (u.kind === 'unknown-unit') lines.push(`  unit ${u.unitId || '(no id)'} names no paragraph of this translation`);
    else lines.push(`  unit ${u.unitId} over ${u.paragraphIds.join(' ')} no longer splits into ${u.paragraphIds.length} paragraphs`);
  }
  for (const n of set.notesWithoutProposal) lines.push(`  note on ${n.paragraphId}: ${n.notes.join(' / ').slice(0, 80)}`);
  return lines;
}

export async function importRevised(io: SessionIo, a: RevisedArgs): Promise<number> {
  if (!a.witness || !a.out) {
    const missing = [!a.witness ? '--witness <id>' : '', !a.out ? '--out <bundle.json>' : ''].filter(Boolean).join(' and ');
    return fail(io, pxError('CLI_USAGE', `parallax import --into needs ${missing}`, `e.g. parallax import ${quotePath(a.revised)} --into ${quotePath(a.into)} --witness en --out revised.bundle.json`));
  }
  const at = new Date().toISOString();
  const ids = createIdFactory();
  const base = await loadBase(io, a.into, a.work, ids, at);
  if (!base.ok) return fail(io, base.error);
  const witness = base.value.work.witnesses.find((w) => w.id === a.witness);
  if (!witness) {
    return fail(io, pxError('REVISE_UNKNOWN_WITNESS', `Work "${base.value.work.id}" has no witness "${a.witness}"`, `use one of: ${base.value.work.witnesses.map((w) => w.id).join(', ')}`));
  }
  const bytes = await io.read(a.revised, TEXT_INPUT);
  if (!bytes.ok) return fail(io, bytes.error);
  const name = a.revised.split(/[\\/]/).pop() ?? a.revised;
  const revised = await readRevisedVersion(name, bytes.value, base.value.work, witness);
  if (!revised.ok) return fail(io, revised.error);
  const next = proposalsIntoBundle(base.value.bundle, revised.value.set, { workId: base.value.work.id, author: a.author ?? defaultAuthor(), at, ids, sourceName: name });
  if (!next.ok) return fail(io, next.error);
  const written = await io.write(a.out, serializeBundle(next.value));
  if (!written.ok) return fail(io, written.error);
  for (const w of revised.value.warnings) io.err(escapeLine(formatError(w).replace(/^error/, 'warning')));
  if (a.json) io.json({ format: revised.value.format, out: a.out, ...revised.value.set });
  else io.out([...report(revised.value.set), `wrote ${quotePath(a.out)} (nothing approved: review the proposals in Parallax)`].join('\n'));
  return 0;
}


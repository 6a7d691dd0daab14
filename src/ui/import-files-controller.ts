/**
 * Imports files the person chose or dropped: reads each with progress (large
 * files take a moment), sniffs and parses it with the core importer, stores
 * it, and reports every failure as a coded error through the one notifier.
 * Files are imported one after the other, so the progress line is honest.
 *
 * Two questions go to the person on the way (the target asks them): texts
 * chosen together (or a folder without work.json) are proposed as one work,
 * and a work already in the library offers update, keep both or cancel.
 */
import type { ReactiveControllerHost } from 'lit';
import { isPxError } from '../core/errors/index.ts';
import type { EncodingChoice, InputLimit, PairInput, PairingProposal } from '../core/import/index.ts';
import { TEXT_INPUT } from '../core/import/input-limits.ts';
import type { Witness, Work } from '../core/model/work.ts';
import { pxError, type PxError, type Result } from '../core/result.ts';
import { groupWorkFolders, type ChosenFile, type WorkFolderFiles } from './work-folders.ts';

export interface ImportProgress {
  readonly name: string;
  /** 1-based position in this batch, and the batch size. */
  readonly position: number;
  readonly count: number;
  readonly phase: 'reading' | 'parsing' | 'saving';
  readonly loaded: number;
  readonly total: number;
}

/** The person's answer to "import these texts as one work?". */
export type PairingChoice =
  | { readonly kind: 'one'; readonly originalIndex: number; /** Indices of the texts to keep; the others are left out. */ readonly include: ReadonlySet<number> }
  | { readonly kind: 'separate'; readonly include: ReadonlySet<number> }
  | { readonly kind: 'cancel' };
/** The person's answer to "this work is already in the library". */
export type ReimportChoice = 'update' | 'keep-both' | 'cancel';

export interface ExistingWork {
  readonly id: string;
  readonly title: string;
  readonly witnessIds: readonly string[];
}

/** What the controller needs from the app: storage, the person's answers, and the one place errors go. */
export interface ImportTarget {
  /** Ids already taken (including removed works), so a re-import gets a fresh id. */
  takenIds(): Promise<ReadonlySet<string>>;
  /** The work in the library (not removed) with this id, if any. */
  existing(id: string): Promise<ExistingWork | null>;
  store(work: Work): Promise<Result<{ id: string }, PxError>>;
  /** Brings a stored work up to `work` as revisions (replace the texts it has, add the translations it lacks). */
  update(existingId: string, work: Work, sourceName: string): Promise<Result<{ id: string }, PxError>>;
  choosePairing(proposal: PairingProposal, inputs: readonly PairInput[]): Promise<PairingChoice>;
  chooseReimport(existing: ExistingWork, incoming: Work, sourceName: string): Promise<ReimportChoice>;
  /** A `parallax.bundle` (works with their whole history): merged into the workspace; resolves with the work ids. */
  storeBundle(text: string): Promise<Result<readonly string[], PxError>>;
  report(e: PxError | unknown): void;
  /** Asks which encoding a file is in when the detector is not sure; null: do not import it. */
  chooseEncoding?(name: string, choices: readonly EncodingChoice[]): Promise<string | null>;
}

/** Reading in slices lets the progress bar move; below this a file is read in one go. */
const PROGRESS_THRESHOLD_BYTES = 256 * 1024;

export function readErrorOf(name: string, e: unknown): PxError {
  if (isPxError(e)) return e;
  const why = e instanceof Error ? e.message : String(e);
  return pxError('UI_FILE_UNREADABLE', `${name} could not be read (${why})`, 'check that the file still exists and you may read it, then import it again');
}

/** The importers load with the first import: encoding detection and the XML readers stay out of the first paint. */
const importers = () => import('./import-pipeline.ts');

/**
 * Reads a file's bytes, calling `onProgress(loaded)` as slices arrive. The
 * size is checked before a byte is read, and the read stops at the limit even
 * if the file grows meanwhile; a file over it rejects with the limit's coded
 * error (readErrorOf passes it on).
 */
export async function readFileBytes(file: Blob, onProgress: (loaded: number) => void, limit: InputLimit = TEXT_INPUT): Promise<Uint8Array> {
  const name = file instanceof File ? file.name : 'the file';
  if (file.size > limit.maxBytes) throw limit.tooLarge(name, file.size, limit.maxBytes);
  if (file.size < PROGRESS_THRESHOLD_BYTES || typeof file.stream !== 'function') {
    const bytes = new Uint8Array(await file.arrayBuffer());
    onProgress(bytes.length);
    return bytes;
  }
  const out = new Uint8Array(file.size);
  const reader = file.stream().getReader();
  let loaded = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (loaded + value.length > out.length) {
      await reader.cancel();
      throw limit.tooLarge(name, loaded + value.length, Math.min(limit.maxBytes, out.length));
    }
    out.set(value, loaded);
    loaded += value.length;
    onProgress(loaded);
  }
  return out.subarray(0, loaded);
}

export function notATextError(name: string): PxError {
  return pxError('UI_NOT_A_TEXT', `${name} is a Parallax file with whole works, not one text`, 'choose a plain-text file or an archive export; import a bundle or work file from the library instead');
}

/** Only a file whose first non-blank byte is `{` can be a bundle; others skip the extra decode. */
export function mayBeJson(bytes: Uint8Array): boolean {
  for (const b of bytes.subarray(0, 64)) {
    if (b === 0x7b) return true;
    // Whitespace and a UTF-8 byte-order mark may come first.
    if (b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0xef && b !== 0xbb && b !== 0xbf) return false;
  }
  return false;
}

/** `base`, or `base-2`, `base-3`… whichever is free. */
export function freeIdFor(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** A second copy kept beside the first: its own id and a title that says which copy it is. */
export function distinctCopy(work: Work, taken: ReadonlySet<string>): Work {
  const id = freeIdFor(work.id, taken);
  const n = /-(\d+)$/.exec(id.slice(work.id.length))?.[1];
  return { ...work, id, meta: { ...work.meta, title: n ? `${work.meta.title ?? work.id} (copy ${n})` : work.meta.title } };
}

/** The folder a file was chosen in (`''` for loose files): texts of one folder are offered as one work. */
function folderOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '' : path.slice(0, i);
}

/** Parsed texts that may pair: a plain text or an archive export (a bundle or work file is a work already). */
interface ParsedText extends PairInput {
  readonly folder: string;
}

/** Holds the import's progress for its host (which re-renders on each step); the host owns nothing else of it. */
export class ImportFilesController {
  progress: ImportProgress | null = null;
  /** Ids of the works this controller stored, latest last. */
  readonly imported: string[] = [];
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly target: () => ImportTarget | undefined,
  ) {}

  /**
   * Queues the files; resolves with the ids stored from this batch. `paths`
   * (parallel to `files`) are the chosen paths: a folder holding work.json is
   * imported as one work.
   */
  importFiles(files: readonly File[], paths?: readonly string[]): Promise<string[]> {
    const run = this.queue.then(() => this.runBatch(files, paths));
    this.queue = run.then(() => undefined, () => undefined);
    return run;
  }

  /**
   * Reads one text file (Add a translation, Replace a text) into its one
   * text, queued behind any import, with the same progress and errors.
   */
  readText(file: File): Promise<Witness | null> {
    const run = this.queue.then(async () => {
      const target = this.target();
      if (!target) return null;
      const read = await this.importOne(target, { file, path: file.name }, 1, 1, { textOnly: true });
      this.setProgress(null);
      return read && typeof read !== 'string' ? (read.work.witnesses[0] ?? null) : null;
    });
    this.queue = run.then(() => undefined, () => undefined);
    return run;
  }

  private async runBatch(files: readonly File[], paths?: readonly string[]): Promise<string[]> {
    const target = this.target();
    if (!target) return [];
    const { folders, singles } = groupWorkFolders(files.map((file, i) => ({ file, path: paths?.[i] ?? file.name })));
    const count = folders.length + singles.length;
    const stored: string[] = [];
    for (const [i, folder] of folders.entries()) {
      const id = await this.importFolder(target, folder, i + 1, count);
      if (id) stored.push(id);
    }
    const texts: ParsedText[] = [];
    for (const [i, chosen] of singles.entries()) {
      const read = await this.importOne(target, chosen, folders.length + i + 1, count);
      if (typeof read === 'string') stored.push(read);
      else if (read) texts.push(read);
    }
    for (const group of groupByFolder(texts)) stored.push(...(await this.storeTexts(target, group)));
    this.setProgress(null);
    return stored;
  }

  /** Texts of one folder: one work if the person agrees, else each its own. */
  private async storeTexts(target: ImportTarget, texts: readonly ParsedText[]): Promise<string[]> {
    const { proposePairing, pairedWork } = await importers();
    const proposal = proposePairing(texts, texts[0]?.folder || undefined);
    // While the person answers, nothing is being read: no stale progress line behind the question.
    if (proposal) this.setProgress(null);
    const choice: PairingChoice = proposal ? await target.choosePairing(proposal, texts) : { kind: 'separate', include: new Set(texts.keys()) };
    if (choice.kind === 'cancel') return [];
    const chosen = texts.filter((_, i) => choice.include.has(i));
    const works = choice.kind === 'one' && proposal
      ? [{ name: chosen.map((t) => t.name).join(' + '), work: pairedWork(texts, proposal, choice.originalIndex, choice.include) }]
      : chosen;
    const stored: string[] = [];
    for (const [i, { name, work }] of works.entries()) {
      const id = await this.storeWork(target, work, { name, position: i + 1, count: works.length, total: 0 });
      if (id) stored.push(id);
    }
    return stored;
  }

  private async importFolder(target: ImportTarget, folder: WorkFolderFiles, position: number, count: number): Promise<string | null> {
    const entries = [...folder.files];
    const total = entries.reduce((sum, [, f]) => sum + f.size, 0);
    const base = { name: folder.folder || 'work.json', position, count, total };
    const bytes = new Map<string, Uint8Array>();
    let done = 0;
    for (const [path, file] of entries) {
      try {
        const b = await readFileBytes(file, (loaded) => this.setProgress({ ...base, phase: 'reading', loaded: done + loaded }));
        bytes.set(path, b);
        done += b.length;
      } catch (e) {
        target.report(readErrorOf(path, e));
        return null;
      }
    }
    this.setProgress({ ...base, phase: 'parsing', loaded: total });
    await new Promise((r) => setTimeout(r, 0));
    const { loadWorkFolder } = await importers();
    const parsed = loadWorkFolder(bytes);
    if (!parsed.ok) {
      target.report(parsed.error);
      return null;
    }
    return this.storeWork(target, parsed.value, base);
  }

  /** Reads and parses one file; a bundle is stored at once (its id), a text comes back to be paired or stored. */
  private async importOne(target: ImportTarget, chosen: ChosenFile, position: number, count: number, opts: { textOnly?: boolean } = {}): Promise<string | ParsedText | null> {
    const { file } = chosen;
    const base = { name: file.name, position, count, total: file.size };
    this.setProgress({ ...base, phase: 'reading', loaded: 0 });
    let bytes: Uint8Array;
    try {
      bytes = await readFileBytes(file, (loaded) => this.setProgress({ ...base, phase: 'reading', loaded }));
    } catch (e) {
      target.report(readErrorOf(file.name, e));
      return null;
    }
    this.setProgress({ ...base, phase: 'parsing', loaded: bytes.length });
    // Let the progress line paint before parsing blocks the main thread.
    await new Promise((r) => setTimeout(r, 0));
    if (mayBeJson(bytes) && opts.textOnly) {
      target.report(notATextError(file.name));
      return null;
    }
    if (mayBeJson(bytes)) {
      const { decodeText, sniffKind } = await importers();
      const text = decodeText(bytes, { name: file.name });
      if (text.ok && sniffKind(text.value.text) === 'bundle') return this.importBundle(target, text.value.text, base);
    }
    const { importFile, encodingChoices } = await importers();
    let parsed = importFile(file.name, bytes);
    // Bytes the detector cannot place: the person picks the reading that is text.
    if (!parsed.ok && parsed.error.code === 'IMPORT_ENCODING_UNSURE' && target.chooseEncoding) {
      const encoding = await target.chooseEncoding(file.name, encodingChoices(bytes));
      if (!encoding) return null;
      parsed = importFile(file.name, bytes, { encoding, encodingConfirmed: true });
    }
    if (!parsed.ok) {
      target.report(parsed.error);
      return null;
    }
    if (mayBeJson(bytes)) return this.storeWork(target, parsed.value, base);
    return { name: file.name, work: parsed.value, folder: folderOf(chosen.path) };
  }

  /** Stores a new work; one whose id is in the library already asks: update it, keep both, or cancel. */
  private async storeWork(target: ImportTarget, parsed: Work, base: Omit<ImportProgress, 'phase' | 'loaded'>): Promise<string | null> {
    const { existing, incoming } = await existingFor(target, parsed, base.name);
    if (existing) this.setProgress(null);
    const choice = existing ? await target.chooseReimport(existing, incoming, base.name) : 'keep-both';
    if (choice === 'cancel') return null;
    this.setProgress({ ...base, phase: 'saving', loaded: base.total });
    const saved = existing && choice === 'update'
      ? await target.update(existing.id, incoming, base.name)
      : await target.store(distinctCopy(parsed, await target.takenIds()));
    if (!saved.ok) {
      target.report(saved.error);
      return null;
    }
    this.imported.push(saved.value.id);
    return saved.value.id;
  }

  /** A bundle keeps its ids (merging history by id is its point), so no fresh id here. */
  private async importBundle(target: ImportTarget, text: string, base: Omit<ImportProgress, 'phase' | 'loaded'>): Promise<string | null> {
    this.setProgress({ ...base, phase: 'saving', loaded: base.total });
    const saved = await target.storeBundle(text);
    if (!saved.ok) {
      target.report(saved.error);
      return null;
    }
    this.imported.push(...saved.value);
    return saved.value[0] ?? null;
  }

  private setProgress(p: ImportProgress | null): void {
    this.progress = p;
    this.host.requestUpdate();
  }
}

function groupByFolder(texts: readonly ParsedText[]): ParsedText[][] {
  const groups = new Map<string, ParsedText[]>();
  for (const t of texts) {
    const group = groups.get(t.folder);
    if (group) group.push(t);
    else groups.set(t.folder, [t]);
  }
  return [...groups.values()];
}

/**
 * The stored work an import is a new version of: the work with its id, or —
 * for one text named like a paired work's (`x.en.txt` after `x.zh.txt` +
 * `x.en.txt` became work `x`) — that work, with the text under its id there.
 */
async function existingFor(target: ImportTarget, work: Work, sourceName: string): Promise<{ existing: ExistingWork | null; incoming: Work }> {
  const same = await target.existing(work.id);
  const [only] = work.witnesses;
  const { stemAndTagOf, workIdFromName, withWitnessId } = await importers();
  const { stem, tag } = stemAndTagOf(sourceName);
  if (same || !only || work.witnesses.length !== 1 || !tag || !stem) return { existing: same, incoming: work };
  const paired = await target.existing(workIdFromName(stem));
  if (!paired?.witnessIds.includes(tag)) return { existing: null, incoming: work };
  return { existing: paired, incoming: { ...work, witnesses: [withWitnessId(only, tag, only.role)] } };
}

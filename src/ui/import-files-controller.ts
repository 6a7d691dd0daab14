/**
 * Imports files the person chose or dropped: reads each with progress (large
 * files take a moment), sniffs and parses it with the core importer, stores
 * it, and reports every failure as a coded error through the one notifier.
 * Files are imported one after the other, so the progress line is honest.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { decodeText, importFile, loadWorkFolder, sniffKind, TEXT_INPUT, type InputLimit } from '../core/import/index.ts';
import { isPxError } from '../core/errors/index.ts';
import type { Work } from '../core/model/work.ts';
import { pxError, type PxError, type Result } from '../core/result.ts';
import { groupWorkFolders, type WorkFolderFiles } from './work-folders.ts';

export interface ImportProgress {
  readonly name: string;
  /** 1-based position in this batch, and the batch size. */
  readonly position: number;
  readonly count: number;
  readonly phase: 'reading' | 'parsing' | 'saving';
  readonly loaded: number;
  readonly total: number;
}

/** What the controller needs from the app: storage and the one place errors go. */
export interface ImportTarget {
  /** Ids already taken (including removed works), so a re-import gets a fresh id. */
  takenIds(): Promise<ReadonlySet<string>>;
  store(work: Work): Promise<Result<{ id: string }, PxError>>;
  /** A `parallax.bundle` (works with their whole history): merged into the workspace; resolves with the work ids. */
  storeBundle(text: string): Promise<Result<readonly string[], PxError>>;
  report(e: PxError | unknown): void;
}

/** Reading in slices lets the progress bar move; below this a file is read in one go. */
const PROGRESS_THRESHOLD_BYTES = 256 * 1024;

export function readErrorOf(name: string, e: unknown): PxError {
  if (isPxError(e)) return e;
  const why = e instanceof Error ? e.message : String(e);
  return pxError('UI_FILE_UNREADABLE', `${name} could not be read (${why})`, 'check that the file still exists and you may read it, then import it again');
}

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

export class ImportFilesController implements ReactiveController {
  progress: ImportProgress | null = null;
  /** Ids of the works this controller stored, latest last. */
  readonly imported: string[] = [];
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly target: () => ImportTarget | undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

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
    for (const [i, file] of singles.entries()) {
      const id = await this.importOne(target, file, folders.length + i + 1, count);
      if (id) stored.push(id);
    }
    this.setProgress(null);
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
    const parsed = loadWorkFolder(bytes);
    if (!parsed.ok) {
      target.report(parsed.error);
      return null;
    }
    return this.storeWork(target, parsed.value, base);
  }

  private async importOne(target: ImportTarget, file: File, position: number, count: number): Promise<string | null> {
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
    if (mayBeJson(bytes)) {
      const text = decodeText(bytes, { name: file.name });
      if (text.ok && sniffKind(text.value.text) === 'bundle') return this.importBundle(target, text.value.text, base);
    }
    const parsed = importFile(file.name, bytes);
    if (!parsed.ok) {
      target.report(parsed.error);
      return null;
    }
    return this.storeWork(target, parsed.value, base);
  }

  private async storeWork(target: ImportTarget, parsed: Work, base: Omit<ImportProgress, 'phase' | 'loaded'>): Promise<string | null> {
    this.setProgress({ ...base, phase: 'saving', loaded: base.total });
    const work = { ...parsed, id: freeIdFor(parsed.id, await target.takenIds()) };
    const saved = await target.store(work);
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

/**
 * The one way the CLI writes a file: into a temporary file beside the target,
 * flushed to disk, then renamed over it. A full disk, a crash or Ctrl-C leave
 * the previous file whole and no partial one. The target must be (or become)
 * a regular file in an existing folder, and never one of the command's inputs.
 * `-` writes to standard output instead.
 */
import { randomBytes } from 'node:crypto';
import { open, realpath, rename, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { err, ok, pxError, type PxError, type Result } from '../core/result.ts';
import { quotePath } from './terminal.ts';

/** What the command read, so the output cannot replace it (by path, symlink or hard link). */
export interface ReadInputs {
  readonly realPaths: ReadonlySet<string>;
  readonly identities: ReadonlySet<string>;
}

export async function writeOutputFile(target: string, data: Uint8Array, inputs: ReadInputs): Promise<Result<void>> {
  const shown = quotePath(target);
  const resolved = await resolveTarget(target, shown);
  if (!resolved.ok) return resolved;
  const { finalPath, mode, identity } = resolved.value;
  if (inputs.realPaths.has(finalPath) || (identity !== null && inputs.identities.has(identity))) {
    return err(pxError('EXPORT_WOULD_OVERWRITE_INPUT', `${shown} is one of the files this command reads`, 'write the output to another path'));
  }
  const temp = path.join(path.dirname(finalPath), `.${path.basename(finalPath)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await open(temp, 'wx', mode ?? 0o666);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, finalPath);
  } catch (e) {
    await unlink(temp).catch(() => undefined);
    return err(writeError(e, shown));
  }
  await syncFolder(path.dirname(finalPath));
  return ok(undefined);
}

interface Target {
  /** The file that will be replaced: a symlinked target is written through to its file. */
  readonly finalPath: string;
  readonly mode: number | null;
  readonly identity: string | null;
}

async function resolveTarget(target: string, shown: string): Promise<Result<Target>> {
  const folder = path.dirname(path.resolve(target));
  const folderStat = await stat(folder).catch(() => null);
  if (!folderStat?.isDirectory()) {
    return err(pxError('OUTPUT_FOLDER_MISSING', `the folder of ${shown} does not exist`, 'create the folder first, or write the output elsewhere'));
  }
  const existing = await stat(target).catch(() => null);
  if (!existing) return ok({ finalPath: path.join(await realpath(folder), path.basename(target)), mode: null, identity: null });
  if (existing.isDirectory()) return err(pxError('OUTPUT_IS_FOLDER', `${shown} is a folder`, 'give a file name, e.g. --out edition.html'));
  if (!existing.isFile()) {
    return err(pxError('OUTPUT_NOT_WRITABLE', `${shown} is a device or pipe, not a regular file`, 'write to a file, or use --out - for standard output'));
  }
  return ok({ finalPath: await realpath(target), mode: existing.mode & 0o777, identity: `${existing.dev}:${existing.ino}` });
}

/** A rename is durable only once its folder is flushed too; some file systems refuse, which loses nothing. */
async function syncFolder(folder: string): Promise<void> {
  try {
    const handle = await open(folder, 'r');
    await handle.sync().catch(() => undefined);
    await handle.close();
  } catch {
    // Not every platform opens folders.
  }
}

function writeError(e: unknown, shown: string): PxError {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOSPC' || code === 'EDQUOT') {
    return pxError('OUTPUT_DISK_FULL', `the disk is full: ${shown} was not written (any previous file there is unchanged)`, 'free some space, or write the output elsewhere');
  }
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return pxError('OUTPUT_NOT_WRITABLE', `${shown} may not be written (${code})`, 'choose a folder you may write to');
  }
  return pxError('OUTPUT_FAILED', `${shown} could not be written (${code ?? (e instanceof Error ? e.message : String(e))})`, 'check the path and the disk, then try again');
}

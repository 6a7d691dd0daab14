/**
 * Reading input files without trusting them: the size is checked from stat
 * before a byte is read; only regular files are read (a device such as
 * /dev/zero or a FIFO would never end); the read itself stops at the limit
 * even if the file grows meanwhile; and inside a work folder, a symlink (or a
 * `..`) that resolves outside the folder is refused. `-` is standard input,
 * read with the same cap.
 */
import { constants } from 'node:fs';
import { open, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { InputLimit } from '../core/import/index.ts';
import { err, ok, pxError, type PxError, type Result } from '../core/result.ts';
import { quotePath } from './terminal.ts';

/** How much may be read, and the coded error for this kind of input (IMPORT_TOO_LARGE, IMPORT_TEI_TOO_LARGE, …). */
export type ReadLimit = InputLimit;

export interface ReadOptions {
  /** A folder the file must stay inside, after every symlink is resolved. */
  readonly within?: string;
}

export interface InputFile {
  readonly bytes: Uint8Array;
  /** The resolved path, or `-` for standard input. */
  readonly realPath: string;
  /** Device and inode, so an output that is a hard link to an input is recognised too. */
  readonly identity: string | null;
}

const CHUNK = 1 << 20;

export async function readInputFile(file: string, limit: ReadLimit, options: ReadOptions = {}): Promise<Result<InputFile>> {
  if (file === '-') return readStdin(limit);
  const shown = quotePath(file);
  let real: string;
  try {
    real = await realpath(file);
  } catch (e) {
    return err(fsError(e, shown));
  }
  if (options.within !== undefined) {
    const folder = await realpath(options.within).catch(() => path.resolve(options.within ?? '.'));
    if (real !== folder && !real.startsWith(folder.endsWith(path.sep) ? folder : folder + path.sep)) {
      return err(pxError('INPUT_OUTSIDE_FOLDER', `${shown} resolves to ${quotePath(real)}, outside the work folder ${quotePath(options.within)}`,
        'copy the file into the work folder instead of linking to it'));
    }
  }
  try {
    const before = await stat(real);
    if (!before.isFile()) return err(notRegular(shown, before.isDirectory() ? 'a folder' : 'a device, pipe or socket'));
    if (before.size > limit.maxBytes) return err(limit.tooLarge(shown, before.size, limit.maxBytes));
    // O_NONBLOCK: if the file was swapped for a FIFO since stat, open must not hang.
    const handle = await open(real, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      const st = await handle.stat();
      if (!st.isFile()) return err(notRegular(shown, 'a device, pipe or socket'));
      const bytes = await readCapped((buf) => handle.read(buf, 0, buf.length, null).then((r) => r.bytesRead), st.size, limit, shown);
      return bytes.ok ? ok({ bytes: bytes.value, realPath: real, identity: `${st.dev}:${st.ino}` }) : bytes;
    } finally {
      await handle.close();
    }
  } catch (e) {
    return err(fsError(e, shown));
  }
}

/** Reads chunk by chunk into one buffer, never past the limit: a file that grows is stopped, not followed. */
async function readCapped(read: (buf: Uint8Array) => Promise<number>, expected: number, limit: ReadLimit, shown: string): Promise<Result<Uint8Array>> {
  // One byte beyond the expected size, so the final zero-length read needs no growth.
  let buffer = new Uint8Array(Math.min(Math.max(expected + 1, CHUNK), limit.maxBytes + 1));
  let length = 0;
  for (;;) {
    if (length === buffer.length) {
      if (length > limit.maxBytes) return err(limit.tooLarge(shown, length, limit.maxBytes));
      const grown = new Uint8Array(Math.min(buffer.length * 2, limit.maxBytes + 1));
      grown.set(buffer);
      buffer = grown;
    }
    const n = await read(buffer.subarray(length, Math.min(buffer.length, length + CHUNK)));
    if (n === 0) break;
    length += n;
    if (length > limit.maxBytes) return err(limit.tooLarge(shown, length, limit.maxBytes));
  }
  return ok(buffer.subarray(0, length));
}

async function readStdin(limit: ReadLimit): Promise<Result<InputFile>> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
    length += chunk.length;
    if (length > limit.maxBytes) {
      process.stdin.destroy();
      return err(limit.tooLarge('standard input', length, limit.maxBytes));
    }
    chunks.push(chunk);
  }
  return ok({ bytes: new Uint8Array(Buffer.concat(chunks, length)), realPath: '-', identity: null });
}

function notRegular(shown: string, what: string): PxError {
  return pxError('INPUT_NOT_REGULAR_FILE', `${shown} is ${what}, not a regular file`, 'give the path of a text file (or - to read standard input)');
}

export function fsError(e: unknown, shown: string): PxError {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return pxError('INPUT_NOT_FOUND', `${shown} does not exist`, 'check the path');
  if (code === 'ELOOP') return pxError('INPUT_UNREADABLE', `${shown} is a symlink loop`, 'point the link at a real file');
  if (code === 'EACCES' || code === 'EPERM') return pxError('INPUT_UNREADABLE', `${shown} may not be read (permission denied)`, 'check the file\'s permissions');
  if (code === 'EISDIR') return notRegular(shown, 'a folder');
  return pxError('INPUT_UNREADABLE', `${shown} could not be read (${code ?? 'unknown error'})`, 'check that the file exists and that you may read it');
}

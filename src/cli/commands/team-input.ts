/**
 * What `team share` uploads: a work folder (imported now: revision zero per
 * paragraph) or a bundle saved from the app (with its whole history). Sizes
 * are checked before reading, and only regular files inside the folder are read.
 */
import { lstat, readFile } from 'node:fs/promises';
import path from 'node:path';
import { bundleOfWork, parseBundle, MAX_BUNDLE_CHARS } from '../../core/bundle/index.ts';
import type { Bundle } from '../../core/bundle/bundle-types.ts';
import { createIdFactory } from '../../core/ids.ts';
import { importErrors, loadWorkFolder, MANIFEST_NAME, MAX_IMPORT_BYTES, workFolderFiles } from '../../core/import/index.ts';
import { err, ok, type PxError, type Result } from '../../core/result.ts';

/** The author of revision zero, as the app writes it on import. */
const IMPORT_AUTHOR = 'import';

export async function readShareInput(input: string, now: Date): Promise<Result<Bundle, PxError>> {
  const info = await lstat(input).catch(() => null);
  if (!info) return err(importErrors.notFound(input));
  if (info.isDirectory()) {
    const folder = await readFolder(input);
    if (!folder.ok) return folder;
    return ok(bundleOfWork(folder.value, { author: IMPORT_AUTHOR, at: now.toISOString(), ids: createIdFactory(() => now.getTime()) }));
  }
  const bytes = await readRegular(input, MAX_BUNDLE_CHARS * 4);
  if (!bytes.ok) return bytes;
  return parseBundle(new TextDecoder('utf-8').decode(bytes.value));
}

async function readFolder(dir: string) {
  const manifest = await readRegular(path.join(dir, MANIFEST_NAME), MAX_IMPORT_BYTES);
  if (!manifest.ok) return manifest.error.code === 'IMPORT_NOT_FOUND' ? err(importErrors.workNoManifest(dir)) : manifest;
  const files = new Map<string, Uint8Array>([[MANIFEST_NAME, manifest.value]]);
  const needed = workFolderFiles(manifest.value);
  if (!needed.ok) return needed;
  const root = path.resolve(dir);
  for (const file of needed.value) {
    const full = path.resolve(root, file);
    if (!full.startsWith(root + path.sep)) continue; // outside the folder: loadWorkFolder reports it missing
    const bytes = await readRegular(full, MAX_IMPORT_BYTES);
    if (bytes.ok) files.set(file, bytes.value);
  }
  return loadWorkFolder(files);
}

async function readRegular(file: string, limit: number): Promise<Result<Uint8Array, PxError>> {
  const info = await lstat(file).catch(() => null);
  if (!info) return err(importErrors.notFound(file));
  if (!info.isFile()) return err(importErrors.unreadable(file, 'not a regular file'));
  if (info.size > limit) return err(importErrors.tooLarge(file, info.size, limit));
  try {
    return ok(new Uint8Array(await readFile(file)));
  } catch (e) {
    return err(importErrors.unreadable(file, e instanceof Error ? e.message : String(e)));
  }
}

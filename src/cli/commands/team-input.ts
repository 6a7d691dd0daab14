/**
 * What `team share` uploads: a work folder (imported now: revision zero per
 * paragraph) or a bundle saved from the app (with its whole history). Reads
 * go through the session's bounded reads, as for every other command.
 */
import { bundleOfWork, parseBundle } from '../../core/bundle/index.ts';
import type { Bundle } from '../../core/bundle/bundle-types.ts';
import { createIdFactory } from '../../core/ids.ts';
import { BUNDLE_INPUT } from '../../core/import/index.ts';
import { ok, type Result } from '../../core/result.ts';
import type { SessionIo } from '../io.ts';
import { importFolder } from './import.ts';

/** The author of revision zero, as the app writes it on import. */
const IMPORT_AUTHOR = 'import';

export async function readShareInput(io: SessionIo, input: string, now: Date): Promise<Result<Bundle>> {
  if (input !== '-' && (await io.isDirectory(input).catch(() => false))) {
    const work = await importFolder(io, input.replace(/\/+$/, ''));
    if (!work.ok) return work;
    return ok(bundleOfWork(work.value, { author: IMPORT_AUTHOR, at: now.toISOString(), ids: createIdFactory(() => now.getTime()) }));
  }
  const bytes = await io.read(input, BUNDLE_INPUT);
  if (!bytes.ok) return bytes;
  return parseBundle(new TextDecoder('utf-8').decode(bytes.value));
}

/**
 * A work folder (relative path → bytes) → a work, driven by its work.json.
 * Each witness file is decoded and imported by its declared format; the
 * work's meta comes from the first archive export's header, overridden by
 * work.json's own `meta`. Any error stops the load: nothing half-imported.
 */
import { err, ok, type Result } from '../result.ts';
import { checkWork } from '../model/check-work.ts';
import { emptyMeta, WORK_FORMAT, WORK_VERSION, type Witness, type Work, type WorkMeta } from '../model/work.ts';
import { decodeText } from './decode-text.ts';
import { importArchiveExport } from './import-archive-export.ts';
import { importErrors } from './import-errors.ts';
import { importPlainText } from './import-plain-text.ts';
import { MANIFEST_NAME, parseWorkManifest, type WitnessEntry, type WorkManifest } from './parse-work-manifest.ts';

export function loadWorkFolder(files: ReadonlyMap<string, Uint8Array>): Result<Work> {
  const manifest = readManifest(files);
  if (!manifest.ok) return manifest;
  const witnesses: Witness[] = [];
  let headerMeta: WorkMeta | null = null;
  for (const entry of manifest.value.witnesses) {
    const bytes = files.get(entry.file);
    if (!bytes) return err(importErrors.workMissingFile(MANIFEST_NAME, entry.file));
    const loaded = loadWitness(entry, bytes);
    if (!loaded.ok) return loaded;
    witnesses.push(loaded.value.witness);
    headerMeta ??= loaded.value.meta;
  }
  return checkWork(assembleWork(manifest.value, headerMeta, witnesses), MANIFEST_NAME);
}

/** The files a folder's work.json needs, so a caller reads only those. */
export function workFolderFiles(manifestBytes: Uint8Array): Result<string[]> {
  const manifest = readManifest(new Map([[MANIFEST_NAME, manifestBytes]]));
  return manifest.ok ? ok(manifest.value.witnesses.map((w) => w.file)) : manifest;
}

function readManifest(files: ReadonlyMap<string, Uint8Array>): Result<WorkManifest> {
  const bytes = files.get(MANIFEST_NAME);
  if (!bytes) return err(importErrors.workNoManifest('the work folder'));
  const text = decodeText(bytes, { name: MANIFEST_NAME });
  if (!text.ok) return text;
  return parseWorkManifest(text.value.text);
}

function loadWitness(entry: WitnessEntry, bytes: Uint8Array): Result<{ witness: Witness; meta: WorkMeta | null }> {
  const decoded = decodeText(bytes, { name: entry.file, ...(entry.encoding ? { encoding: entry.encoding } : {}) });
  if (!decoded.ok) return decoded;
  if (entry.format === 'plain-text') {
    const witness = importPlainText(decoded.value.text, {
      witnessId: entry.id, lang: entry.lang ?? '', role: entry.role, label: entry.label ?? entry.id,
      translator: entry.translator, provenance: entry.provenance, preparedForProject: entry.preparedForProject,
      mode: entry.mode, firstLineIsTitle: entry.firstLineIsTitle, name: entry.file,
    });
    return witness.ok ? ok({ witness: witness.value, meta: null }) : witness;
  }
  const work = importArchiveExport(decoded.value.text, {
    witnessId: entry.id, role: entry.role, name: entry.file,
    ...(entry.lang ? { lang: entry.lang } : {}), ...(entry.label ? { label: entry.label } : {}),
  });
  if (!work.ok) return work;
  const [read] = work.value.witnesses;
  if (!read) return err(importErrors.noParagraphs(entry.file));
  const witness: Witness = {
    ...read,
    translator: entry.translator ?? read.translator,
    provenance: entry.provenance ?? read.provenance,
    preparedForProject: entry.preparedForProject,
  };
  return ok({ witness, meta: work.value.meta });
}

function assembleWork(manifest: WorkManifest, headerMeta: WorkMeta | null, witnesses: Witness[]): Work {
  const meta: WorkMeta = { ...emptyMeta(), ...(headerMeta ?? {}), ...manifest.meta };
  return { format: WORK_FORMAT, version: WORK_VERSION, id: manifest.id, meta, witnesses, notes: manifest.notes };
}

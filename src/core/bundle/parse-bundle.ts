/**
 * Reads a `parallax.bundle` file: size limits, JSON, format, version (older
 * versions migrated), every field, then cross-references. Nothing is written
 * anywhere until this returns ok, so an import is all or nothing.
 */
import { checkWork } from '../model/check-work.ts';
import { err, ok, type PxError, type Result } from '../result.ts';
import { bundleErrors } from './bundle-errors.ts';
import { MAX_BUNDLE_CHARS } from './bundle-limits.ts';
import { BUNDLE_FORMAT, BUNDLE_VERSION, type Bundle } from './bundle-types.ts';
import { checkReferences } from './check-references.ts';
import { migrateBundle } from './migrations.ts';
import { FieldError, isObject } from './read-fields.ts';
import { readBundleRecords } from './read-records.ts';
import { modelOfBundleWork, revisionTexts } from './work-from-bundle.ts';

/** Every work of the bundle, the deleted ones too (they restore to the bin), keeps the model's rules. */
function modelProblem(bundle: Bundle): PxError | null {
  const texts = revisionTexts(bundle);
  for (const [i, w] of bundle.works.entries()) {
    const checked = checkWork(modelOfBundleWork(w, texts), `bundle.works[${i}]`);
    if (!checked.ok) return checked.error;
  }
  return null;
}

export function parseBundle(text: string): Result<Bundle> {
  if (text.length > MAX_BUNDLE_CHARS) return err(bundleErrors.tooLarge(`${text.length} characters`, `${MAX_BUNDLE_CHARS}`));
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return err(bundleErrors.notJson(e instanceof Error ? e.message : 'unreadable'));
  }
  if (!isObject(raw)) return err(bundleErrors.wrongFormat(Array.isArray(raw) ? 'a list' : typeof raw));
  if (raw['format'] !== BUNDLE_FORMAT) return err(bundleErrors.wrongFormat(JSON.stringify(raw['format'] ?? null).slice(0, 60)));
  const version = raw['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return err(bundleErrors.badVersion(JSON.stringify(version ?? null).slice(0, 30)));
  if (version > BUNDLE_VERSION) return err(bundleErrors.tooNew(version, BUNDLE_VERSION));
  try {
    const bundle = readBundleRecords(migrateBundle(raw, version, BUNDLE_VERSION));
    const broken = checkReferences(bundle) ?? modelProblem(bundle);
    return broken ? err(broken) : ok(bundle);
  } catch (e) {
    if (e instanceof FieldError) return err(e.error);
    throw e;
  }
}

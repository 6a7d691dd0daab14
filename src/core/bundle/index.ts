/** The `parallax.bundle` format: read (with migrations of older versions), write, and take one work out. */
export { BUNDLE_FORMAT, BUNDLE_VERSION } from './bundle-types.ts';
export type { AlignmentEdit, Bundle, BundleAlignment, BundleName, BundleParagraph, BundleWitness, BundleWork, StoredAlignmentRow } from './bundle-types.ts';
export { parseBundle } from './parse-bundle.ts';
export { serializeBundle, sortBundle } from './serialize-bundle.ts';
export { workFromBundle } from './work-from-bundle.ts';
export { migrateBundle, MIGRATIONS } from './migrations.ts';
export { MAX_BUNDLE_CHARS, MAX_RECORDS, MAX_STRING_CHARS } from './bundle-limits.ts';
export type { BundleErrorCode } from './bundle-errors.ts';
export { bundleOfWork } from './bundle-of-work.ts';

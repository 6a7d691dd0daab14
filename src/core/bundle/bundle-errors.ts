/** The coded errors of reading a bundle; each says where in the file and what to do. */
import { pxError, type PxError } from '../result.ts';

export type BundleErrorCode =
  | 'BUNDLE_NOT_JSON'
  | 'BUNDLE_WRONG_FORMAT'
  | 'BUNDLE_BAD_VERSION'
  | 'BUNDLE_TOO_NEW'
  | 'BUNDLE_MISSING_FIELD'
  | 'BUNDLE_BAD_FIELD'
  | 'BUNDLE_DANGLING_REFERENCE'
  | 'BUNDLE_DUPLICATE_ID'
  | 'BUNDLE_INCONSISTENT'
  | 'BUNDLE_TOO_LARGE'
  | 'BUNDLE_WORK_NOT_FOUND';

const CHECK_EXPORT = 'Export the bundle again from Parallax, or restore an earlier backup.';

export const bundleErrors = {
  notJson: (detail: string): PxError => pxError('BUNDLE_NOT_JSON', `The file is not valid JSON (${detail}).`, 'Check that it is a Parallax bundle and that it was not cut short while copying.'),
  wrongFormat: (found: string): PxError => pxError('BUNDLE_WRONG_FORMAT', `The file is not a Parallax bundle (its format is ${found}).`, 'Choose a file exported with “Export backup” (format "parallax.bundle").'),
  badVersion: (found: string): PxError => pxError('BUNDLE_BAD_VERSION', `The bundle’s version ${found} is not a positive whole number.`, CHECK_EXPORT),
  tooNew: (found: number, supported: number): PxError => pxError('BUNDLE_TOO_NEW', `The bundle is version ${found}; this Parallax reads versions up to ${supported}.`, 'Update Parallax (reload the app) and import it again.'),
  missingField: (path: string): PxError => pxError('BUNDLE_MISSING_FIELD', `The bundle lacks the field ${path}.`, CHECK_EXPORT),
  badField: (path: string, expected: string): PxError => pxError('BUNDLE_BAD_FIELD', `The field ${path} should be ${expected}.`, CHECK_EXPORT),
  dangling: (path: string, what: string): PxError => pxError('BUNDLE_DANGLING_REFERENCE', `${path} refers to ${what}, which is not in the bundle.`, CHECK_EXPORT),
  duplicate: (path: string, id: string): PxError => pxError('BUNDLE_DUPLICATE_ID', `${path} repeats the id “${id}”.`, CHECK_EXPORT),
  inconsistent: (path: string, what: string): PxError => pxError('BUNDLE_INCONSISTENT', `${path}: ${what}.`, CHECK_EXPORT),
  tooLarge: (what: string, limit: string): PxError => pxError('BUNDLE_TOO_LARGE', `The bundle is too large to read safely: ${what} (limit ${limit}).`, 'Export works one at a time, or split the bundle.'),
  workNotFound: (workId: string): PxError => pxError('BUNDLE_WORK_NOT_FOUND', `The bundle has no work “${workId}”.`, 'Choose one of the works the bundle lists.'),
};

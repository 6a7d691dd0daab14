/** Coded errors of the XLIFF and TMX readers, beyond the XML reader's own. */
import { pxError, type PxError } from '../result.ts';

export type InterchangeErrorCode =
  | 'IMPORT_XLIFF_NOT_XLIFF' | 'IMPORT_XLIFF_VERSION' | 'IMPORT_XLIFF_EMPTY'
  | 'IMPORT_TMX_NOT_TMX' | 'IMPORT_TMX_EMPTY';

const error = (code: InterchangeErrorCode, message: string, hint: string): PxError => pxError(code, message, hint);

export const interchangeErrors = {
  notXliff: (root: string, ns: string) =>
    error('IMPORT_XLIFF_NOT_XLIFF', `The root element is <${root}>${ns ? ` in ${ns}` : ' without a namespace'}, not an XLIFF document`,
      'choose the .xlf file your CAT tool saved (XLIFF 2.0 or 1.2)'),
  xliffVersion: (version: string) =>
    error('IMPORT_XLIFF_VERSION', `XLIFF version "${version}" is not one Parallax reads`, 'save the file as XLIFF 2.0 or 1.2'),
  xliffEmpty: () =>
    error('IMPORT_XLIFF_EMPTY', 'The XLIFF file has no units', 'choose the file exported from Parallax and translated, not an empty project'),
  notTmx: (root: string) =>
    error('IMPORT_TMX_NOT_TMX', `The root element is <${root}>, not a TMX document`, 'choose a TMX 1.4 translation memory (.tmx)'),
  tmxEmpty: () =>
    error('IMPORT_TMX_EMPTY', 'The TMX file has no translation units', 'export the memory again with its units'),
};

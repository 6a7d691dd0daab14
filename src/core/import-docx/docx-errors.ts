/** Coded errors and warnings of the DOCX reader. */
import { pxError, type PxError } from '../result.ts';

export type DocxErrorCode =
  | 'IMPORT_DOCX_TOO_LARGE' | 'IMPORT_DOCX_NOT_ZIP' | 'IMPORT_DOCX_NOT_DOCX' | 'IMPORT_DOCX_WRONG_NAMESPACE'
  | 'IMPORT_DOCX_DOCTYPE' | 'IMPORT_DOCX_UNREADABLE' | 'IMPORT_DOCX_EMPTY';
export type DocxWarningCode = 'IMPORT_DOCX_TRACKED_CHANGES';

const error = (code: DocxErrorCode | DocxWarningCode, message: string, hint: string): PxError => pxError(code, message, hint);
const mb = (n: number) => `${(n / 1_000_000).toFixed(1)} MB`;

export const docxErrors = {
  tooLarge: (name: string, bytes: number, limit: number) =>
    error('IMPORT_DOCX_TOO_LARGE', `${name} is ${mb(bytes)}, over the ${mb(limit)} this reader takes`, 'save the document without images, or split it'),
  partTooLarge: (name: string, part: string, bytes: number, limit: number) =>
    error('IMPORT_DOCX_TOO_LARGE', `${name}: ${part} unpacks to ${mb(bytes)}, over ${mb(limit)}`, 'the file may be damaged or hostile; save it again from the word processor'),
  notZip: (name: string) =>
    error('IMPORT_DOCX_NOT_ZIP', `${name} is not a Word document (it is not a ZIP package, or it is cut short)`, 'save it again as .docx from the word processor'),
  notDocx: (name: string) =>
    error('IMPORT_DOCX_NOT_DOCX', `${name} is a ZIP file without word/document.xml`, 'choose a Word .docx file (not .doc, .odt or a zipped folder)'),
  wrongNamespace: (name: string) =>
    error('IMPORT_DOCX_WRONG_NAMESPACE', `${name}: word/document.xml is not WordprocessingML`, 'save it again as a Word document (.docx)'),
  doctype: (name: string, part: string) =>
    error('IMPORT_DOCX_DOCTYPE', `${name}: ${part} declares a DOCTYPE or entities, which Word never writes`, 'the file may be hostile; save it again from the word processor'),
  unreadable: (name: string, why: string) =>
    error('IMPORT_DOCX_UNREADABLE', `${name} could not be read as a Word document (${why.slice(0, 160)})`, 'save it again as .docx from the word processor'),
  empty: (name: string) =>
    error('IMPORT_DOCX_EMPTY', `${name} has no text`, 'choose the document that holds the translation'),
  trackedChanges: (name: string, insertions: number, deletions: number) =>
    error('IMPORT_DOCX_TRACKED_CHANGES', `${name} has tracked changes (${insertions} insertion(s), ${deletions} deletion(s)); their accepted text was imported`,
      'to review them as proposals instead, accept none in Word and use "Import a revised version" on the translation'),
};

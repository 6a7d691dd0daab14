export { readDocx, MAX_DOCX_BYTES, type DocxNote, type DocxParagraph, type DocxText } from './read-docx.ts';
export { docxErrors, type DocxErrorCode, type DocxWarningCode } from './docx-errors.ts';
export { importDocx, docxNotes, type DocxImport, type ImportDocxOptions } from './import-docx.ts';

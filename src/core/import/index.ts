/** Import: bytes and files from outside → the document model. */
export { decodeText, MAX_IMPORT_BYTES, sniffBom, type DecodedText, type DecodeOptions } from './decode-text.ts';
export { detectEncodings, sureCandidate, type EncodingCandidate } from './detect-encoding.ts';
export { encodingChoices, encodingLabel, type EncodingChoice } from './encoding-choices.ts';
export { normaliseText } from './normalise-text.ts';
export { importArchiveExport, type ArchiveExportOptions } from './import-archive-export.ts';
export { importPlainText, type PlainTextOptions } from './import-plain-text.ts';
export { decodeFile, importDecoded, importFile, sniffKind, workIdFromName, type ImportFileOptions, type SniffedKind } from './import-file.ts';
export { loadWorkFolder, workFolderFiles } from './load-work-folder.ts';
export { parseWorkManifest, MANIFEST_NAME, WORK_FOLDER_FORMAT, WORK_FOLDER_VERSION, type WorkManifest, type WitnessEntry } from './parse-work-manifest.ts';
export { validateWork } from './validate-work.ts';
export { splitPlainText, detectSplitMode, type SplitMode } from './split-plain-text.ts';
export { repairPageBreaks } from './repair-page-breaks.ts';
export { parseCitation, type CitationParts } from './parse-citation.ts';
export { parseIsoDate } from './parse-date.ts';
export { guessLanguage, languageTagOf } from './language-of.ts';
export { importErrors } from './import-errors.ts';
export { BUNDLE_INPUT, MANIFEST_INPUT, NAMES_INPUT, TEI_INPUT, TEXT_INPUT, type InputLimit } from './input-limits.ts';
export { freeName, looksLikeText, pairedTitle, pairedWork, proposePairing, stemAndTagOf, withWitnessId, type PairInput, type PairingProposal, type PairMember } from './pair-files.ts';

/**
 * The importers as the library's import uses them, in one lazy chunk: encoding
 * detection (chardet), the XML readers (saxes) and the pairing load with the
 * first file a person imports, not with the first paint.
 */
export {
  decodeText, encodingChoices, importFile, loadWorkFolder, pairedWork, proposePairing, sniffKind, stemAndTagOf, withWitnessId, workIdFromName,
} from '../core/import/index.ts';

export { parseNameList, mergeNameLists, NAMES_FORMAT, NAMES_VERSION, type NameEntry, type NameKind, type NameList } from './name-list.ts';
export { findKnownNames, type NameOccurrence, type FormKind } from './find-known-names.ts';
export { findNameCandidates, unknownCandidates, type NameCandidate } from './find-name-candidates.ts';
export { latinKey, pinyinKey, nameKey } from './name-keys.ts';
export { nameTableForRow, entryKeys, entryByKey, type RowText, type NameRow } from './link-names.ts';
export { findNameInconsistencies, type NameInconsistency } from './name-inconsistencies.ts';
export { latinEntryKeys } from './latin-entry-keys.ts';

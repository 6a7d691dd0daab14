export { parseNameList, mergeNameLists, NAMES_FORMAT, NAMES_VERSION, type NameEntry, type NameKind, type NameList } from './name-list.ts';
export { findKnownNames, type NameOccurrence, type FormKind } from './find-known-names.ts';
export { findNameCandidates, type NameCandidate } from './find-name-candidates.ts';
export { latinKey, pinyinKey, nameKey } from './name-keys.ts';
export { nameTableForRow, findNameInconsistencies, entryKeys, entryByKey, unknownCandidates, type RowText, type NameRow, type NameInconsistency } from './link-names.ts';

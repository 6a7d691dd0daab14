export { extractQuantities, type Quantity, type QuantityKind } from './extract-quantities.ts';
export { parseChineseNumeral } from './chinese-numerals.ts';
export { parseEnglishNumberWords } from './english-number-words.ts';

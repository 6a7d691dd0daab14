/** Lexicon: a compact zh→en dictionary for alignment evidence. */
export { parseLexicon, segmentWithLexicon, lexicalEvidence, type Lexicon, type LexicalEvidence } from './lexicon.ts';
export { loadZhEnLexicon } from './load-zh-en-lexicon.ts';
export { englishContentStems, stemEnglish } from './english-stem.ts';

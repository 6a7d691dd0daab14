/**
 * The zh→en lexicon, loaded on first use: the data module is a separate
 * chunk (~1 MB gzipped) that the browser fetches only when an alignment
 * needs it, and Node reads like any module. Works offline once cached.
 */
import { parseLexicon, type Lexicon } from './lexicon.ts';

let loading: Promise<Lexicon> | null = null;

export function loadZhEnLexicon(): Promise<Lexicon> {
  loading ??= import('./zh-en-lexicon.data.ts').then((m) => parseLexicon(m.default));
  return loading;
}

/**
 * Builds the compact zh→en lexicon from CC-CEDICT entries: for each
 * headword, simplified and traditional (Han only, up to MAX_HEADWORD
 * characters), the English
 * content-word stems of its senses. Descriptions of grammar ("possessive
 * particle"), surnames, variants and cross-references carry no translation
 * and are dropped.
 */
import { STOPWORDS, stemEnglish } from './english-stem.ts';

/** Longer headwords are mostly idioms, which rarely decide an alignment. */
export const MAX_HEADWORD = 4;
/** Stems kept per headword: the first senses are the common ones. */
const MAX_STEMS = 12;

const SKIP_SENSE = /^(surname |variant of|old variant|archaic variant|japanese variant|erhua variant|see |cl:|used in |abbr\. for|also written|also pr\.|pr\. |\(onom\.\))/i;
const GRAMMAR_WORDS = new Set(('particle marker classifier suffix prefix indicating indicate expressing express used literary ' +
  'colloquial abbr abbreviation equivalent possessive modal auxiliary grammatical structural interjection onomatopoeia ' +
  'measure word radical component character pronoun sb sth').split(' '));

export interface CedictEntry {
  /** CC-CEDICT's traditional headword; kept as a headword of its own where it differs (頭髮 and 發展 keep their own senses, which 发 merges). */
  readonly traditional?: string;
  readonly simplified: string;
  readonly senses: readonly string[];
}

function headwordsOf(e: CedictEntry): string[] {
  const heads = e.traditional && e.traditional !== e.simplified ? [e.simplified, e.traditional] : [e.simplified];
  return heads.filter((h) => /^\p{Script=Han}+$/u.test(h) && [...h].length <= MAX_HEADWORD);
}

function stemsOfSense(sense: string): string[] {
  const plain = sense
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\[[^\]]*\]/g, ' ')
    .replace(/[^\x20-\x7e]/g, ' ')
    .toLowerCase();
  const out: string[] = [];
  for (const m of plain.matchAll(/[a-z]+(?:'[a-z]+)?/g)) {
    const w = m[0];
    if (w.length < 2 || STOPWORDS.has(w) || GRAMMAR_WORDS.has(w)) continue;
    out.push(stemEnglish(w));
  }
  return out;
}

/** The compact text: a comment header, then `headword<TAB>stem stem …` lines sorted by headword. */
export function compactLexicon(entries: Iterable<CedictEntry>, header: readonly string[]): string {
  const byHead = new Map<string, string[]>();
  for (const e of entries) {
    for (const head of headwordsOf(e)) {
      const stems = byHead.get(head) ?? [];
      for (const sense of e.senses) {
        if (SKIP_SENSE.test(sense.trim())) continue;
        for (const s of stemsOfSense(sense)) if (!stems.includes(s) && stems.length < MAX_STEMS) stems.push(s);
      }
      byHead.set(head, stems);
    }
  }
  const lines = [...byHead].filter(([, stems]) => stems.length > 0).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return [...header.map((h) => `# ${h}`), ...lines.map(([head, stems]) => `${head}\t${stems.join(' ')}`)].join('\n') + '\n';
}

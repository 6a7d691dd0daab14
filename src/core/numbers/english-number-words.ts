/** Reads numbers written as English words: five, sixty-five, two hundred and five, three thousand. */

const ONES: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Readonly<Record<string, number>> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const SCALES: Readonly<Record<string, number>> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9 };
/** Ordinals read as the number they stand for: fourteenth → 14, six hundredth → 600. */
const ORDINALS: Readonly<Record<string, string>> = {
  first: 'one', second: 'two', third: 'three', fourth: 'four', fifth: 'five', sixth: 'six', seventh: 'seven',
  eighth: 'eight', ninth: 'nine', tenth: 'ten', eleventh: 'eleven', twelfth: 'twelve', thirteenth: 'thirteen',
  fourteenth: 'fourteen', fifteenth: 'fifteen', sixteenth: 'sixteen', seventeenth: 'seventeen', eighteenth: 'eighteen',
  nineteenth: 'nineteen', twentieth: 'twenty', thirtieth: 'thirty', fortieth: 'forty', fiftieth: 'fifty',
  sixtieth: 'sixty', seventieth: 'seventy', eightieth: 'eighty', ninetieth: 'ninety', hundredth: 'hundred',
  thousandth: 'thousand', millionth: 'million',
};

/** Whether a run of number words ends in (or holds) an ordinal: "the twenty-first". */
export function isOrdinalPhrase(phrase: string): boolean {
  return phrase.toLowerCase().split(/[\s-]+/).some((w) => w in ORDINALS);
}

/**
 * The number words as a trie-shaped alternation (`t(?:en|wo|h(?:ree|irt(?:een|y))…)`):
 * the regex engine then rejects most positions on their first letter, where
 * a flat list of thirty words is tried word by word at every position.
 */
export function trieSource(words: readonly string[]): string {
  const heads = new Map<string, string[]>();
  let optional = false;
  for (const w of words) {
    if (w === '') optional = true;
    else heads.set(w.charAt(0), [...(heads.get(w.charAt(0)) ?? []), w.slice(1)]);
  }
  const branches = [...heads].map(([head, rests]) => head + trieSource(rests));
  if (branches.length === 0) return '';
  const body = branches.length === 1 && !optional ? (branches[0] ?? '') : `(?:${branches.join('|')})`;
  return optional ? `${branches.length === 1 ? `(?:${body})` : body}?` : body;
}

const WORD = trieSource([...Object.keys(ONES), ...Object.keys(TENS), ...Object.keys(SCALES), ...Object.keys(ORDINALS)]);

/**
 * A run of number words, joined by spaces, hyphens or "and". Plurals
 * ("hundreds", "thousands") do not match: they are vague, not figures.
 */
export const NUMBER_WORDS = new RegExp(`\\b(?:${WORD})(?:(?:-|\\s+|\\s+and\\s+)(?:${WORD}))*\\b`, 'giu');

export function parseEnglishNumberWords(phrase: string): number | undefined {
  let total = 0;
  let current = 0;
  let seen = false;
  for (const raw of phrase.toLowerCase().split(/[\s-]+/)) {
    const word = ORDINALS[raw] ?? raw;
    if (word === 'and' || word === '') continue;
    const one = ONES[word] ?? TENS[word];
    if (one !== undefined) {
      current += one;
      seen = true;
      continue;
    }
    const scale = SCALES[word];
    if (scale === undefined) return undefined;
    seen = true;
    if (scale === 100) current = (current || 1) * 100;
    else {
      total += (current || 1) * scale;
      current = 0;
    }
  }
  return seen ? total + current : undefined;
}

const JOINED = /^(?:-|\s+|\s+and\s+)$/i;

/** Letters of other scripts and digits next to a word mean it is part of something else. */
const WORD_NEIGHBOUR = /[\p{L}\p{N}_]/u;

/**
 * One number word as a whole run of ASCII letters (`sixty`, not `sixtyish`):
 * the trie-shaped alternation lets the regex engine reject most positions on
 * their first letter, natively, where a loop over every character in script
 * costs several times more.
 */
const NUMBER_WORD = new RegExp(`(?<![A-Za-z])(?:${WORD})(?![A-Za-z])`, 'gi');

/**
 * The runs NUMBER_WORDS matches, with offsets: number words found one by one,
 * then joined into a run when only a hyphen, whitespace or " and " stands
 * between them. (A word of any other kind between two number words makes the
 * gap fail that test, so it ends the run, as it should.)
 */
export function findNumberWordRuns(text: string): Array<{ start: number; end: number; text: string }> {
  const runs: Array<{ start: number; end: number; text: string }> = [];
  // The open run, as offsets (-1: none); closed runs are pushed as they end.
  let runStart = -1;
  let runEnd = -1;
  NUMBER_WORD.lastIndex = 0;
  for (let m = NUMBER_WORD.exec(text); m !== null; m = NUMBER_WORD.exec(text)) {
    const i = m.index;
    const j = i + m[0].length;
    if (!WORD_NEIGHBOUR.test(text.charAt(i - 1)) && !WORD_NEIGHBOUR.test(text.charAt(j))) {
      if (runStart >= 0 && JOINED.test(text.slice(runEnd, i))) {
        runEnd = j;
        continue;
      }
      if (runStart >= 0) runs.push({ start: runStart, end: runEnd, text: text.slice(runStart, runEnd) });
      runStart = i;
      runEnd = j;
    } else if (runStart >= 0) {
      // Part of something else (`fifty_five`, `twoé`): not a number word, so it ends the run.
      runs.push({ start: runStart, end: runEnd, text: text.slice(runStart, runEnd) });
      runStart = -1;
    }
  }
  if (runStart >= 0) runs.push({ start: runStart, end: runEnd, text: text.slice(runStart, runEnd) });
  return runs;
}

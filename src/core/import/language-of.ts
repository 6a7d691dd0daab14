/**
 * Languages: the archive names them in English ("Chinese"); the model wants
 * BCP 47 tags. Unlabelled text gets a guess from its script (Chinese as
 * zh-Hant or zh-Hans by its characters).
 */
import { hanScriptOf } from '../script/fold-to-simplified.ts';

const TAGS: Record<string, string> = {
  english: 'en', chinese: 'zh-Hans', russian: 'ru', german: 'de', french: 'fr', japanese: 'ja', korean: 'ko',
  polish: 'pl', hungarian: 'hu', czech: 'cs', slovak: 'sk', vietnamese: 'vi', mongolian: 'mn', romanian: 'ro',
  bulgarian: 'bg', spanish: 'es', italian: 'it', serbian: 'sr', albanian: 'sq', arabic: 'ar', persian: 'fa',
  hindi: 'hi', portuguese: 'pt', ukrainian: 'uk', 'serbo-croatian': 'sh', hebrew: 'he', turkish: 'tr',
};

export function languageTagOf(name: string): string | null {
  return TAGS[name.trim().toLowerCase()] ?? null;
}

/** Share of a script among letters above which the text is taken to be in that script's language. */
const SCRIPT_SHARE = 0.3;
/** Enough letters to judge by; a guess over a huge text reads only its start. */
const SAMPLE_CHARS = 20_000;

export function guessLanguage(text: string): string {
  const sample = text.slice(0, SAMPLE_CHARS);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters === 0) return 'en';
  const share = (re: RegExp) => (sample.match(re)?.length ?? 0) / letters;
  if (share(/\p{Script=Han}/gu) >= SCRIPT_SHARE) return hanScriptOf(sample) === 'Hant' ? 'zh-Hant' : 'zh-Hans';
  if (share(/\p{Script=Cyrillic}/gu) >= SCRIPT_SHARE) return 'ru';
  return 'en';
}

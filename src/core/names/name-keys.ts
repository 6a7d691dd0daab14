/**
 * Keys that let one name meet itself across scripts: 巴克图 → `baketu`
 * (toneless pinyin), 巴克圖 → `baketu` (folded to simplified first, so both
 * scripts read alike), Ba-ke-tu → `baketu`, Bākètú → `baketu`. The only module
 * that loads pinyin-pro (~350 kB): checks and the compare view do without it.
 */
import { pinyin } from 'pinyin-pro';
import { foldToSimplified } from '../script/fold-to-simplified.ts';
import { latinKey } from './latin-key.ts';

const HAN = /\p{Script=Han}/u;

export { latinKey };

/** Toneless pinyin of the Han characters, as one lowercase word. */
export function pinyinKey(text: string): string {
  if (!HAN.test(text)) return latinKey(text);
  return latinKey(pinyin(foldToSimplified(text), { toneType: 'none', type: 'array', nonZh: 'removed' }).join(''));
}

/** The key of any form: Han by its pinyin, Latin by its letters. */
export function nameKey(form: string): string {
  return HAN.test(form) ? pinyinKey(form) : latinKey(form);
}

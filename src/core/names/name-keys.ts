/**
 * Keys that let one name meet itself across scripts: 巴克图 → `baketu`
 * (toneless pinyin), Ba-ke-tu → `baketu`, Bākètú → `baketu`.
 */
import { pinyin } from 'pinyin-pro';

const HAN = /\p{Script=Han}/u;

/** Latin letters only, lowercase, without diacritics or separators. */
export function latinKey(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** Toneless pinyin of the Han characters, as one lowercase word. */
export function pinyinKey(text: string): string {
  if (!HAN.test(text)) return latinKey(text);
  return latinKey(pinyin(text, { toneType: 'none', type: 'array', nonZh: 'removed' }).join(''));
}

/** The key of any form: Han by its pinyin, Latin by its letters. */
export function nameKey(form: string): string {
  return HAN.test(form) ? pinyinKey(form) : latinKey(form);
}

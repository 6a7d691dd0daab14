/**
 * A light English stemmer for dictionary matching: enough to make "crossed",
 * "crossing" and "crosses" meet "cross", not a linguistic stemmer.
 */

/** Words that carry no content for alignment: matching them says nothing. */
export const STOPWORDS = new Set(('a an the and or but if of to in on at by for with from as is are was were be been being ' +
  'am do does did have has had not no nor so than that this these those there here it its he him his she her they them their ' +
  'we us our i me my you your which who whom whose what when where why how all any some such one ones own same very can ' +
  'will shall should would may might must also into upon unto out up down over under again then thus used sb sth etc ' +
  'something someone person thing things oneself kind type old variant see also').split(' '));

export function stemEnglish(word: string): string {
  let w = word.toLowerCase();
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) w = w.slice(0, -3) + 'y';
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  if (w.endsWith('eth') && w.length > 5) w = w.slice(0, -3); // "saith", "goeth": the Bible's English
  else if (w.endsWith('est') && w.length > 5) w = w.slice(0, -3);
  if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2);
  else if (w.endsWith('ly') && w.length > 4) w = w.slice(0, -2);
  if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
  // Undouble a final consonant left by -ing/-ed ("stopped" → "stop").
  if (w.length > 3 && w.at(-1) === w.at(-2) && !/[aeiouls]/.test(w.at(-1) ?? '')) w = w.slice(0, -1);
  return w;
}

/** Content-word stems of an English text, in order, duplicates kept. */
export function englishContentStems(text: string): string[] {
  const out: string[] = [];
  for (const m of text.toLowerCase().matchAll(/[a-z]+(?:'[a-z]+)?/g)) {
    const w = m[0].replace(/'s$/, '');
    if (w.length < 2 || STOPWORDS.has(w)) continue;
    out.push(stemEnglish(w));
  }
  return out;
}

/**
 * A light English stemmer for dictionary matching: enough to make "crossed",
 * "crossing" and "crosses" meet "cross", not a linguistic stemmer.
 */

/** Words that carry no content for alignment: matching them says nothing. */
export const STOPWORDS = new Set(('a an the and or but if of to in on at by for with from as is are was were be been being ' +
  'am do does did have has had not no nor so than that this these those there here it its he him his she her they them their ' +
  'we us our i me my you your which who whom whose what when where why how all any some such one ones own same very can ' +
  'will shall should would may might must also into upon unto out up down over under again then thus used sb sth etc ' +
  'something someone person thing things oneself kind type old variant also ' +
  // The archaic forms of the King James Bible and older English prose.
  'thou thee thy thine ye hast hath doth dost shalt wilt art wast unto').split(' '));

/** Irregular forms a suffix stripper cannot reach, mapped to the base form dictionaries use. */
const IRREGULAR: Record<string, string> = {
  saw: 'see', seen: 'see', said: 'say', saith: 'say', went: 'go', gone: 'go', came: 'come', took: 'take', taken: 'take',
  gave: 'give', given: 'give', made: 'make', begat: 'beget', begotten: 'beget', spake: 'speak', spoke: 'speak', spoken: 'speak',
  brought: 'bring', bought: 'buy', sold: 'sell', told: 'tell', knew: 'know', known: 'know', found: 'find', left: 'leave',
  held: 'hold', kept: 'keep', slew: 'slay', slain: 'slay', ate: 'eat', eaten: 'eat', drank: 'drink', sent: 'send',
  built: 'build', stood: 'stand', sat: 'sit', lay: 'lie', laid: 'lay', rose: 'rise', risen: 'rise', fell: 'fall',
  fallen: 'fall', began: 'begin', begun: 'begin', bare: 'bear', bore: 'bear', born: 'bear', heard: 'hear', met: 'meet',
  thought: 'think', fought: 'fight', caught: 'catch', taught: 'teach', sought: 'seek', felt: 'feel', fled: 'flee',
  led: 'lead', paid: 'pay', ran: 'run', won: 'win', wrote: 'write', written: 'write', drove: 'drive', driven: 'drive',
  men: 'man', women: 'woman', children: 'child', brethren: 'brother', feet: 'foot', teeth: 'tooth', oxen: 'ox',
  sheep: 'sheep', mice: 'mouse', geese: 'goose', wives: 'wife', lives: 'life', died: 'die', dead: 'die', death: 'die',
  better: 'good', best: 'good', worse: 'bad', worst: 'bad', greater: 'great', elder: 'old', eldest: 'old',
};

export function stemEnglish(word: string): string {
  let w = word.toLowerCase();
  const irregular = IRREGULAR[w];
  if (irregular) return irregular;
  if (w.length <= 3) return w;
  if (w.endsWith('ness') && w.length > 6) w = w.slice(0, -4);
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

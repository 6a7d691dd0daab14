import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseMarks } from '../../../src/core/marks/parse-marks.ts';
import { readRepoText } from '../../support/files.ts';

describe('parseMarks', () => {
  it('finds every mark in the archive export, with the word each [sic] or gloss follows', async () => {
    const text = await readRepoText('translations/wilson-121617/wilson-121617.en.txt');
    const marks = parseMarks(text);
    const summary = marks.map((m) => [m.kind, m.target?.text ?? null, m.gloss ?? null, m.text]);
    assert.deepEqual(summary, [
      ['sic', 'Ba-ke-tu', null, '[sic]'],
      ['gloss', 'Huoerguosi', 'Horgos', '[Horgos]'],
      ['sic', 'Ma-er-guo-fu', null, '[sic]'],
      ['gloss', 'Alma-Ata', 'Almaty', '[Almaty]'],
      ['omission', null, null, '[...]'],
    ]);
    for (const m of marks) {
      assert.equal(text.slice(m.start, m.end), m.text);
      if (m.target) assert.equal(text.slice(m.target.start, m.target.end), m.target.text);
    }
  });

  it('finds no marks in the project texts, which have none', async () => {
    assert.deepEqual(parseMarks(await readRepoText('translations/wilson-121617/en-parallax.txt')), []);
    assert.deepEqual(parseMarks(await readRepoText('translations/wilson-121617/zh-Hans.txt')), []);
  });

  it('tells omissions, illegible and withheld text apart', () => {
    const kinds = (s: string) => parseMarks(s).map((m) => m.kind);
    assert.deepEqual(kinds('[...] [. . .] […] [……] [Here follow …] [Omitted: two pages]'), ['omission', 'omission', 'omission', 'omission', 'omission', 'omission']);
    assert.deepEqual(kinds('[Illegible handwritten text] [illegible]'), ['illegible', 'illegible']);
    assert.deepEqual(kinds('[text not declassified] [Text not declassified]'), ['not-declassified', 'not-declassified']);
    assert.deepEqual(kinds('it [the Soviet Union] said; [Translator’s note: the date is unclear.]'), ['editorial', 'editorial']);
  });

  it('reads glosses after Latin words, multi-word names and Chinese words', () => {
    const yining = parseMarks('to Yining [Gulja] and')[0];
    assert.equal(yining?.kind, 'gloss');
    assert.equal(yining?.target?.text, 'Yining');
    assert.equal(yining?.gloss, 'Gulja');
    const zhang = parseMarks('Vice Minister Zhang Hanfu [Chang Han-fu] said')[0];
    assert.equal(zhang?.target?.text, 'Zhang Hanfu');
    const zh = parseMarks('在伊宁［Gulja］')[0];
    assert.equal(zh?.kind, 'gloss');
    assert.equal(zh?.target?.text, '在伊宁');
  });

  it('keeps a [sic] without a word before it, and ignores unclosed brackets', () => {
    assert.deepEqual(parseMarks('[sic] at the start'), [{ kind: 'sic', start: 0, end: 5, text: '[sic]' }]);
    assert.deepEqual(parseMarks('an [unclosed bracket'), []);
    assert.equal(parseMarks('原文[原文如此]')[0]?.kind, 'sic');
  });
});

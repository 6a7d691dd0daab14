import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { compactLexicon } from '../../../src/core/lexicon/compact-cedict.ts';
import { parseLexicon } from '../../../src/core/lexicon/lexicon.ts';

describe('compactLexicon', () => {
  it('keeps content-word stems of simplified Han headwords and drops the rest', () => {
    const text = compactLexicon([
      { simplified: '边境', senses: ['frontier', 'border (of a country)'] },
      { simplified: '的', senses: ['possessive particle'] },
      { simplified: '张', senses: ['surname Zhang', 'to open up', 'CL:个[ge4]'] },
      { simplified: 'AA制', senses: ['to split the bill'] },
      { simplified: '一二三四五', senses: ['five characters'] },
    ], ['test header']);
    assert.match(text, /^# test header\n/);
    const lex = parseLexicon(text);
    assert.deepEqual([...lex.entries.keys()].sort(), ['张', '边境']);
    const stems = (w: string) => [...(lex.entries.get(w) ?? [])].map((id) => [...lex.stemIds].find(([, v]) => v === id)?.[0]);
    assert.deepEqual(stems('边境'), ['frontier', 'border']);
    assert.deepEqual(stems('张'), ['open']);
  });

  it('keeps a traditional headword that differs from the simplified one, with its own senses', () => {
    const lex = parseLexicon(compactLexicon([
      { traditional: '頭髮', simplified: '头发', senses: ['hair (on the head)'] },
      { traditional: '發展', simplified: '发展', senses: ['to develop'] },
      { traditional: '中國', simplified: '中国', senses: ['China'] },
      { traditional: '山', simplified: '山', senses: ['mountain'] },
    ], []));
    assert.deepEqual([...lex.entries.keys()].sort(), ['中国', '中國', '山', '发展', '头发', '發展', '頭髮'].sort());
  });
});

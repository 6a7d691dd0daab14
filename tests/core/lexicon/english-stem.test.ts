import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { englishContentStems, stemEnglish } from '../../../src/core/lexicon/english-stem.ts';

describe('stemEnglish', () => {
  it('brings inflected forms to one stem', () => {
    for (const group of [['cross', 'crossed', 'crossing', 'crosses'], ['guard', 'guards', 'guarded'], ['divide', 'divided', 'dividing']]) {
      assert.equal(new Set(group.map(stemEnglish)).size, 1, group.join(' '));
    }
  });

  it('maps irregular forms and -ness words to the base a dictionary uses', () => {
    assert.equal(stemEnglish('saw'), 'see');
    assert.equal(stemEnglish('spake'), stemEnglish('speak'));
    assert.equal(stemEnglish('darkness'), stemEnglish('dark'));
    assert.equal(stemEnglish('children'), 'child');
  });
});

describe('englishContentStems', () => {
  it('drops function words, archaic pronouns and possessive endings', () => {
    assert.deepEqual(englishContentStems("And God said unto thee: the Soviet Union's border"), ['god', 'say', 'soviet', 'union', 'border']);
  });
});

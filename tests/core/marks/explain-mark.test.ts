import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { describeMark, explainMarkKind, MARK_EXPLANATIONS } from '../../../src/core/marks/explain-mark.ts';
import { parseMarks } from '../../../src/core/marks/parse-marks.ts';

describe('explainMarkKind / describeMark', () => {
  it('explains every kind in words', () => {
    assert.equal(explainMarkKind('sic'), '[sic]: form kept as in the source');
    for (const text of Object.values(MARK_EXPLANATIONS)) assert.ok(text.length > 20);
  });

  it('names the word a mark concerns', () => {
    const [sic, gloss, omission] = parseMarks('the Ba-ke-tu [sic] and Alma-Ata [Almaty] areas. [Here follow two pages]');
    assert.ok(sic && gloss && omission);
    assert.equal(describeMark(sic), '“Ba-ke-tu” [sic]: form kept as in the source');
    assert.equal(describeMark(gloss), '“Alma-Ata” glossed by the editor as “Almaty”');
    assert.equal(describeMark(omission), '[Here follow two pages]: text left out of this rendering');
  });
});

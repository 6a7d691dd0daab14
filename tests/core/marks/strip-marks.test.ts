import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { maskMarks, stripMarks } from '../../../src/core/marks/strip-marks.ts';

describe('stripMarks / maskMarks', () => {
  it('removes [sic] and glosses but keeps omissions', () => {
    assert.equal(stripMarks('in the Ba-ke-tu [sic] and Huoerguosi [Horgos] areas. [...]'), 'in the Ba-ke-tu and Huoerguosi areas. [...]');
  });

  it('masks marks with spaces so offsets still point into the text', () => {
    const text = 'on 22 April [Here follow 3 pages] at Alma-Ata [Almaty].';
    const masked = maskMarks(text);
    assert.equal(masked.length, text.length);
    assert.equal(masked.includes('3'), false);
    assert.equal(masked.includes('Almaty'), false);
    assert.equal(masked.indexOf('Alma-Ata'), text.indexOf('Alma-Ata'));
  });
});

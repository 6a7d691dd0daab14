import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { divergence } from '../../../src/core/diff/divergence.ts';
import { readRepoText } from '../../support/files.ts';

describe('divergence', () => {
  it('is 0 for the same words and 1 for no word in common', () => {
    assert.equal(divergence('The border was quiet.', 'The border was quiet.', 'en'), 0);
    assert.equal(divergence('The border was quiet.', 'The border was quiet!', 'en'), 0);
    assert.equal(divergence('alpha beta gamma', 'delta epsilon zeta', 'en'), 1);
    assert.equal(divergence('', 'something', 'en'), 1);
    assert.equal(divergence('  ', '', 'en'), 0);
  });

  it('grows with the share of changed words', async () => {
    const text = (await readRepoText('translations/wilson-121617/en-parallax.txt')).split(/\n\s*\n/)[2] ?? '';
    const words = text.split(' ');
    const oneEdit = words.map((w, i) => (i === 5 ? 'CHANGED' : w)).join(' ');
    const manyEdits = words.map((w, i) => (i % 4 === 0 ? 'CHANGED' : w)).join(' ');
    const d1 = divergence(text, oneEdit, 'en');
    const d2 = divergence(text, manyEdits, 'en');
    assert.ok(d1 > 0 && d1 < 0.05, `one edit: ${d1}`);
    assert.ok(d2 > d1 && d2 < 1, `many edits: ${d2}`);
  });

  it('measures Chinese by words', () => {
    assert.equal(divergence('苏联政府感到不安。', '苏联政府感到不安。', 'zh-Hans'), 0);
    const d = divergence('苏联政府自然感到不安。', '苏联政府当然感到不安。', 'zh-Hans');
    assert.ok(d > 0 && d < 0.5, String(d));
  });
});

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { escapeLine, escapeText, quotePath, terminalSafeJson } from '../../src/cli/terminal.ts';

describe('terminal hygiene', () => {
  it('shows C0, C1, DEL and bidi controls as escapes; keeps newlines and tabs in multi-line text', () => {
    assert.equal(escapeText('a\u001b[2Jb\u009bc\u007fd\u202ee\n\tf\r\ng'), 'a\\x1b[2Jb\\x9bc\\x7fd\\u202ee\n\tf\ng');
    assert.equal(escapeText('中文 Ba-ke-tu [sic] “quoted”'), '中文 Ba-ke-tu [sic] “quoted”', 'ordinary text unchanged');
  });

  it('keeps a line one line', () => {
    assert.equal(escapeLine('error[X]: a\nb\rc\u2028d — e'), 'error[X]: a\\nb\\rc\\u2028d — e');
  });

  it('quotes paths so spaces, quotes and newlines read unambiguously', () => {
    assert.equal(quotePath('/tmp/a b/"c"\n.txt'), '"/tmp/a b/\\"c\\"\\n.txt"');
  });

  it('JSON stays JSON, and the same data, with every control escaped', () => {
    const value = { label: 'x\u009b31m\u202e\u2028y', n: 1 };
    const out = terminalSafeJson(value);
    assert.doesNotMatch(out, /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u202e]/);
    assert.deepEqual(JSON.parse(out), value);
  });
});

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { err, formatError, ok, pxError } from '../../src/core/result.ts';

describe('Result', () => {
  it('formats a coded error as one line with what to do', () => {
    const e = pxError('IMPORT_EMPTY', 'The file is empty', 'choose a file with text in it');
    assert.equal(formatError(e), 'error[IMPORT_EMPTY]: The file is empty — choose a file with text in it');
    const r = err(e);
    assert.equal(r.ok, false);
    assert.deepEqual(ok(3), { ok: true, value: 3 });
  });
});

// The committed encoding fixtures are what tests/fixtures/generate-fixtures.ts makes today.
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { makeFixtures } from '../../fixtures/generate-fixtures.ts';
import { readRepoBytes } from '../../support/files.ts';

it('the committed encoding fixtures match what the generator makes', async () => {
  for (const [path, bytes] of Object.entries(await makeFixtures())) {
    assert.deepEqual(await readRepoBytes(path), new Uint8Array(bytes), `${path}: run node --import tsx tests/fixtures/generate-fixtures.ts`);
  }
});

// Adding a text to a stored work and replacing one by a new version, in real
// IndexedDB: nothing is lost (every earlier text stays in the history).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { importFile } from '../../src/core/import/index.ts';
import { withWitnessId } from '../../src/core/import/pair-files.ts';
import type { Witness, Work } from '../../src/core/model/work.ts';
import { freshWorkspace, sampleWork, unwrap } from './fresh-workspace.ts';

const enc = new TextEncoder();
function textWitness(name: string, text: string, id: string, role: Witness['role'] = 'translation'): Witness {
  const work = importFile(name, enc.encode(text));
  assert.ok(work.ok);
  return withWitnessId(work.value.witnesses[0] as Witness, id, role);
}
const witnessOf = (w: Work, id: string) => w.witnesses.find((x) => x.id === id);

describe('work texts repository', () => {
  it('adds a translation to the sample work, after its texts, with revision zero per paragraph', async () => {
    const ws = await freshWorkspace();
    const work = await sampleWork();
    unwrap(await ws.works.importWork(work));
    const added = textWitness('wilson.ru.txt', 'Первый абзац.\n\nВторой абзац.', 'ru');
    const summary = unwrap(await ws.texts.addWitness(work.id, added));
    assert.deepEqual(summary.witnessIds, [...work.witnesses.map((w) => w.id), 'ru']);
    const loaded = unwrap(await ws.works.loadWork(work.id));
    assert.deepEqual(loaded.witnesses.map((w) => w.id), ['zh', 'en-7b', 'en-parallax', 'ru']);
    assert.deepEqual(witnessOf(loaded, 'ru')?.paragraphs.map((p) => p.text), ['Первый абзац.', 'Второй абзац.']);
    const history = await ws.revisions.paragraphRevisions(work.id, 'ru-p2');
    assert.deepEqual(history.map((h) => [h.revision.origin, h.state]), [['import', 'approved']]);
    // The others are untouched.
    assert.deepEqual(witnessOf(loaded, 'en-7b'), witnessOf(work, 'en-7b'));
    ws.close();
  });

  it('refuses a taken text id, a second original and a missing work, writing nothing', async () => {
    const ws = await freshWorkspace();
    const work = await sampleWork();
    unwrap(await ws.works.importWork(work));
    const taken = await ws.texts.addWitness(work.id, textWitness('x.txt', 'A.', 'en-7b'));
    assert.equal(taken.ok ? 'ok' : taken.error.code, 'STORE_EXISTS');
    const second = await ws.texts.addWitness(work.id, textWitness('x.txt', 'A.', 'zh-2', 'original'));
    assert.equal(second.ok ? 'ok' : second.error.code, 'STORE_EXISTS');
    const missing = await ws.texts.addWitness('no-such-work', textWitness('x.txt', 'A.', 'fr'));
    assert.equal(missing.ok ? 'ok' : missing.error.code, 'STORE_NOT_FOUND');
    assert.equal(unwrap(await ws.works.loadWork(work.id)).witnesses.length, 3);
    ws.close();
  });

  it('replaces a text by a new version as approved revisions: changed, added and dropped paragraphs, the old texts kept in history', async () => {
    const ws = await freshWorkspace();
    const first = textWitness('spring.en.txt', 'One.\n\nTwo.\n\nThree.', 'en');
    const work: Work = { format: 'parallax.work', version: 1, id: 'spring', meta: (await sampleWork()).meta, notes: null, witnesses: [textWitness('spring.zh.txt', '一。\n\n二。\n\n三。', 'zh', 'original'), first] };
    unwrap(await ws.works.importWork(work));
    const shorter = textWitness('spring.en.txt', 'One.\n\nTwo, revised.', 'en');
    const s1 = unwrap(await ws.texts.replaceText({ workId: 'spring', witnessId: 'en', paragraphs: shorter.paragraphs, note: 'Replaced from spring.en.txt' }));
    assert.deepEqual(s1, { changed: 1, added: 0, emptied: 1, unchanged: 1 });
    let loaded = unwrap(await ws.works.loadWork('spring'));
    assert.deepEqual(witnessOf(loaded, 'en')?.paragraphs.map((p) => p.text), ['One.', 'Two, revised.', '']);
    const history = await ws.revisions.paragraphRevisions('spring', 'en-p2');
    assert.deepEqual(history.map((h) => [h.revision.text, h.state]), [['Two.', 'approved'], ['Two, revised.', 'approved']]);
    assert.deepEqual(history[1]?.events.map((e) => [e.to, e.note, e.author]), [['proposed', 'Replaced from spring.en.txt', 'Test Editor'], ['approved', 'Replaced from spring.en.txt', 'Test Editor']]);
    const dropped = await ws.revisions.paragraphRevisions('spring', 'en-p3');
    assert.deepEqual(dropped.map((h) => h.revision.text), ['Three.', ''], 'the dropped text stays in history');
    // A longer version brings the paragraph back and adds one.
    const longer = textWitness('spring.en.txt', 'One.\n\nTwo, revised.\n\nThree again.\n\nFour.', 'en');
    const s2 = unwrap(await ws.texts.replaceText({ workId: 'spring', witnessId: 'en', paragraphs: longer.paragraphs, note: 'Replaced from spring.en.txt' }));
    assert.deepEqual(s2, { changed: 1, added: 1, emptied: 0, unchanged: 2 });
    loaded = unwrap(await ws.works.loadWork('spring'));
    assert.deepEqual(witnessOf(loaded, 'en')?.paragraphs.map((p) => [p.id, p.text]), [['en-p1', 'One.'], ['en-p2', 'Two, revised.'], ['en-p3', 'Three again.'], ['en-p4', 'Four.']]);
    assert.deepEqual(witnessOf(loaded, 'zh'), witnessOf(work, 'zh'), 'the other text untouched');
    ws.close();
  });

  it('replacing needs an editor name (the revisions are signed) and a text that exists', async () => {
    const ws = await freshWorkspace({ editor: null });
    const work = await sampleWork();
    unwrap(await ws.works.importWork(work));
    const unsigned = await ws.texts.replaceText({ workId: work.id, witnessId: 'en-7b', paragraphs: [], note: 'x' });
    assert.equal(unsigned.ok ? 'ok' : unsigned.error.code, 'WORKFLOW_NO_AUTHOR');
    unwrap(await ws.settings.setEditorName('Test Editor'));
    const missing = await ws.texts.replaceText({ workId: work.id, witnessId: 'fr', paragraphs: [], note: 'x' });
    assert.equal(missing.ok ? 'ok' : missing.error.code, 'STORE_NOT_FOUND');
    assert.deepEqual(unwrap(await ws.works.loadWork(work.id)), { ...work, notes: work.notes ?? null });
    ws.close();
  });
});

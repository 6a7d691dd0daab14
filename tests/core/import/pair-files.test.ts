import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { importFile } from '../../../src/core/import/import-file.ts';
import { pairedWork, proposePairing, stemAndTagOf, type PairInput } from '../../../src/core/import/pair-files.ts';
import { validateWork } from '../../../src/core/import/validate-work.ts';
import type { Work } from '../../../src/core/model/work.ts';
import { readRepoBytes, readSharedBytes } from '../../support/files.ts';

const enc = new TextEncoder();
function input(name: string, text: string): PairInput {
  const work = importFile(name, enc.encode(text));
  assert.ok(work.ok, work.ok ? '' : work.error.message);
  return { name, work: work.value };
}
function witnessesOf(w: Work) {
  return w.witnesses.map((x) => `${x.id}:${x.role}:${x.lang}`);
}

describe('stemAndTagOf', () => {
  it('reads the language tag a file name carries, and nothing that only looks short', () => {
    assert.deepEqual(stemAndTagOf('x.zh.txt'), { stem: 'x', tag: 'zh' });
    assert.deepEqual(stemAndTagOf('spring.en.txt'), { stem: 'spring', tag: 'en' });
    assert.deepEqual(stemAndTagOf('zh.txt'), { stem: '', tag: 'zh' });
    assert.deepEqual(stemAndTagOf('letters/wilson-121617.en.txt'), { stem: 'wilson-121617', tag: 'en' });
    assert.deepEqual(stemAndTagOf('zh-Hans.txt'), { stem: '', tag: 'zh-Hans' });
    assert.deepEqual(stemAndTagOf('report_ru.txt'), { stem: 'report', tag: 'ru' });
    assert.deepEqual(stemAndTagOf('notes-new.txt'), { stem: 'notes-new', tag: null });
    assert.deepEqual(stemAndTagOf('en-parallax.txt'), { stem: 'en-parallax', tag: null });
    assert.deepEqual(stemAndTagOf('chapter.txt'), { stem: 'chapter', tag: null });
  });
});

describe('proposePairing', () => {
  it('x.zh.txt + x.en.txt: one work "x", the Chinese the original, ids from the names', () => {
    const inputs = [input('x.en.txt', 'The delegation arrived at 3 p.m.\n\nThey left the next day.'), input('x.zh.txt', '代表团下午三点到达。\n\n他们第二天离开。')];
    const p = proposePairing(inputs);
    assert.ok(p);
    assert.equal(p.workId, 'x');
    assert.equal(p.originalIndex, 1, 'the Chinese by default');
    assert.deepEqual(p.members.map((m) => [m.name, m.witnessId, m.lang]), [['x.en.txt', 'en', 'en'], ['x.zh.txt', 'zh', 'zh-Hans']]);
    const work = pairedWork(inputs, p, p.originalIndex ?? 0);
    assert.deepEqual(witnessesOf(work), ['zh:original:zh-Hans', 'en:translation:en']);
    assert.deepEqual(work.witnesses[1]?.paragraphs.map((x) => x.id), ['en-p1', 'en-p2']);
    assert.ok(validateWork(JSON.parse(JSON.stringify(work))).ok, 'a valid work');
  });

  it('spring.zh.txt + spring.en.txt, and zh.txt + en.txt (the gold set) pair the same way', async () => {
    const spring = proposePairing([input('spring.zh.txt', '春天来了。'), input('spring.en.txt', 'Spring has come.')]);
    assert.equal(spring?.workId, 'spring');
    assert.equal(spring?.originalIndex, 0);
    const gold = ['zh.txt', 'en.txt'].map(async (name) => {
      const work = importFile(name, await readSharedBytes(`data/bible-zh-en/${name}`));
      assert.ok(work.ok);
      return { name, work: work.value };
    });
    const inputs = await Promise.all(gold);
    const p = proposePairing(inputs, 'bible-zh-en');
    assert.ok(p);
    assert.equal(p.workId, 'bible-zh-en', 'no shared stem: the folder names the work');
    assert.deepEqual(witnessesOf(pairedWork(inputs, p, p.originalIndex ?? -1)), ['zh:original:zh-Hans', 'en:translation:en']);
    assert.equal(proposePairing(inputs)?.workId, 'imported-work', 'nor a folder: a generic id (the library frees it)');
  });

  it('no Chinese text: no default original, the person chooses; the choice decides the roles', () => {
    const inputs = [input('memo.en.txt', 'A memo.'), input('memo.ru.txt', 'Записка о встрече.')];
    const p = proposePairing(inputs);
    assert.ok(p);
    assert.equal(p.originalIndex, null);
    assert.deepEqual(witnessesOf(pairedWork(inputs, p, 1)), ['ru:original:ru', 'en:translation:en']);
    assert.deepEqual(witnessesOf(pairedWork(inputs, p, 0)), ['en:original:en', 'ru:translation:ru']);
  });

  it('the real sample: the archive export brings its date and citation; two English texts get distinct ids', async () => {
    const names = ['zh-Hans.txt', 'wilson-121617.en.txt', 'en-parallax.txt'];
    const inputs = await Promise.all(names.map(async (name) => {
      const work = importFile(name, await readRepoBytes(`translations/wilson-121617/${name}`));
      assert.ok(work.ok);
      return { name, work: work.value };
    }));
    const p = proposePairing(inputs, 'wilson-121617');
    assert.ok(p);
    assert.equal(p.workId, 'wilson-121617');
    assert.equal(p.originalIndex, 0);
    const work = pairedWork(inputs, p, 0);
    assert.deepEqual(witnessesOf(work), ['zh-Hans:original:zh-Hans', 'en:translation:en', 'en-2:translation:en']);
    assert.equal(work.meta.archiveRef, 'PRC FMA 118-01764-05');
    assert.ok(work.meta.citation);
    assert.ok(validateWork(JSON.parse(JSON.stringify(work))).ok);
  });

  it('files left out (a README beside the texts) are not in the work', () => {
    const inputs = [input('README.md', 'About these files.'), input('zh.txt', '一。'), input('en.txt', 'One.')];
    const p = proposePairing(inputs, 'folder');
    assert.ok(p);
    assert.deepEqual(p.members.map((m) => m.include), [false, true, true], 'the README is proposed to be left out');
    assert.deepEqual(witnessesOf(pairedWork(inputs, p, 1)), ['zh:original:zh-Hans', 'en:translation:en']);
    assert.deepEqual(witnessesOf(pairedWork(inputs, p, 1, new Set([0, 1, 2]))).length, 3, 'unless the person includes it');
  });

  it('one file, or a file that is a whole work already, is not paired', () => {
    assert.equal(proposePairing([input('x.en.txt', 'Alone.')]), null);
    const two: Work = { ...input('y.zh.txt', '一。').work, witnesses: [...input('y.zh.txt', '一。').work.witnesses, { ...input('y.en.txt', 'One.').work.witnesses[0]!, id: 'en', role: 'translation' }] };
    assert.equal(proposePairing([{ name: 'y.json', work: two }, input('y.ru.txt', 'Один.')]), null);
  });
});

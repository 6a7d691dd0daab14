import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { DiffOp } from '../../src/core/diff/word-diff.ts';
import type { TimelineEntry } from '../../src/storage/index.ts';
import { approvedRevisionAt } from '../../src/core/workflow/revision-state.ts';
import { generateWork } from '../support/generate-work.ts';
import { freshWorkspace, sampleWork, steppingClock, unwrap } from './fresh-workspace.ts';

const sideA = (ops: readonly DiffOp[]) => ops.filter((o) => o.op !== 'insert').map((o) => o.text).join('');
const sideB = (ops: readonly DiffOp[]) => ops.filter((o) => o.op !== 'delete').map((o) => o.text).join('');

describe('history repository', () => {
  it('lists every revision of a paragraph with a word diff to the revision it was based on', async () => {
    const ws = await freshWorkspace(steppingClock());
    const work = await sampleWork();
    unwrap(await ws.works.importWork(work));
    const zero = (await ws.currentTexts(work.id)).get('en-7b-p3');
    assert.ok(zero);
    const edited = zero.text.replace('Soviet', 'USSR');
    assert.notEqual(edited, zero.text);
    const one = unwrap(await ws.revisions.saveRevision({ workId: work.id, paragraphId: 'en-7b-p3', baseRevisionId: zero.revisionId, text: edited, propose: true }));
    unwrap(await ws.comments.addComment(one.revision.id, 'Prefer the abbreviation?'));
    unwrap(await ws.revisions.approve(one.revision.id));
    const history = unwrap(await ws.history.paragraphHistory(work.id, 'en-7b-p3'));
    assert.equal(history.length, 2);
    assert.equal(history[0]?.diff, null);
    const diff = history[1]?.diff ?? [];
    assert.equal(sideA(diff), zero.text);
    assert.equal(sideB(diff), edited);
    assert.deepEqual(diff.filter((o) => o.op !== 'equal').map((o) => [o.op, o.text]), [['delete', 'Soviet'], ['insert', 'USSR']]);
    assert.deepEqual(history[1]?.comments.map((c) => c.text), ['Prefer the abbreviation?']);
    assert.deepEqual(history[1]?.events.map((e) => e.to), ['proposed', 'approved']);
    // Any two revisions: the archive text against the Parallax translation's paragraph is a real, larger diff.
    const between = unwrap(await ws.history.diffRevisions(one.revision.id, zero.revisionId));
    assert.equal(sideA(between), edited);
    assert.equal(sideB(between), zero.text);
    const missing = await ws.history.paragraphHistory(work.id, 'en-7b-p999');
    assert.equal(!missing.ok && missing.error.code, 'STORE_NOT_FOUND');
    ws.close();
  });

  it('pages the activity timeline newest first, without the import, each entry once', async () => {
    const ws = await freshWorkspace(steppingClock());
    const work = await sampleWork();
    unwrap(await ws.works.importWork(work));
    const texts = await ws.currentTexts(work.id);
    const paragraphs = [...texts.keys()].filter((id) => id.startsWith('en-parallax-')).slice(0, 7);
    for (const id of paragraphs) {
      const cur = texts.get(id);
      assert.ok(cur);
      const r = unwrap(await ws.revisions.saveRevision({ workId: work.id, paragraphId: id, baseRevisionId: cur.revisionId, text: `${cur.text} (rev)`, propose: true }));
      unwrap(await ws.revisions.approve(r.revision.id, `approved ${id}`));
    }
    // 7 revisions + 14 transitions = 21 entries, in pages of 5.
    const seen: TimelineEntry[] = [];
    let before: string | undefined;
    for (let page = 0; page < 10; page++) {
      const p = await ws.history.timeline(work.id, { limit: 5, ...(before ? { before } : {}) });
      seen.push(...p.entries);
      if (!p.next) break;
      before = p.next;
    }
    assert.equal(seen.length, 21);
    assert.equal(new Set(seen.map((e) => e.id)).size, 21);
    assert.deepEqual(seen.map((e) => e.id), [...seen.map((e) => e.id)].sort().reverse());
    const newest = seen[0];
    assert.ok(newest?.kind === 'transition' && newest.to === 'approved' && newest.note === `approved ${paragraphs[6]}` && newest.author === 'Test Editor');
    assert.ok(seen.every((e) => e.kind !== 'revision' || e.origin === 'edit'));
    ws.close();
  });

  it('reconstructs the approved texts as of any past date', async () => {
    const clock = steppingClock('2026-04-01T09:00:00.000Z');
    const ws = await freshWorkspace(clock);
    const work = await sampleWork();
    unwrap(await ws.works.importWork(work));
    const zero = await ws.currentTexts(work.id);
    const p = zero.get('en-7b-p5');
    assert.ok(p);
    clock.set('2026-04-20T12:00:00.000Z');
    const r = unwrap(await ws.revisions.saveRevision({ workId: work.id, paragraphId: 'en-7b-p5', baseRevisionId: p.revisionId, text: 'May wording.', propose: true }));
    clock.set('2026-05-02T12:00:00.000Z');
    unwrap(await ws.revisions.approve(r.revision.id));
    clock.set('2026-05-10T12:00:00.000Z');
    unwrap(await ws.revisions.revert({ workId: work.id, paragraphId: 'en-7b-p5', toRevisionId: p.revisionId, approve: true }));

    const march = await ws.history.approvedTextsAsOf(work.id, new Date('2026-03-01T00:00:00.000Z'));
    assert.equal(march.size, 0, 'nothing existed before the import');
    const firstOfMay = await ws.history.approvedTextsAsOf(work.id, new Date('2026-05-01T00:00:00.000Z'));
    assert.equal(firstOfMay.size, zero.size);
    assert.equal(firstOfMay.get('en-7b-p5'), p.text, 'proposed but not yet approved on 1 May');
    assert.equal((await ws.history.approvedTextsAsOf(work.id, '2026-05-05T00:00:00.000Z')).get('en-7b-p5'), 'May wording.');
    assert.equal((await ws.history.approvedTextsAsOf(work.id, new Date('2026-06-01T00:00:00.000Z'))).get('en-7b-p5'), p.text);
    for (const [id, cur] of zero) if (id !== 'en-7b-p5') assert.equal(firstOfMay.get(id), cur.text);
    ws.close();
  });

  it('agrees with a fold of the whole history at every date, across many paragraphs and approvals', async () => {
    const clock = steppingClock('2026-04-01T09:00:00.000Z', 3_600_000);
    const ws = await freshWorkspace(clock);
    const work = await sampleWork();
    unwrap(await ws.works.importWork(work));
    const ids = [...(await ws.currentTexts(work.id)).keys()].filter((id) => !id.startsWith('zh-'));
    // Three rounds of edits over a spread of paragraphs; some approved, some rejected, some left proposed.
    for (let round = 0; round < 3; round++) {
      for (const [i, id] of ids.entries()) {
        if ((i + round) % 3 !== 0) continue;
        const cur = (await ws.currentTexts(work.id)).get(id);
        assert.ok(cur);
        const r = unwrap(await ws.revisions.saveRevision({ workId: work.id, paragraphId: id, baseRevisionId: cur.revisionId, text: `${cur.text} [round ${round}]`, propose: true }));
        if (i % 5 === 0) unwrap(await ws.revisions.reject(r.revision.id));
        else if (i % 7 !== 0) unwrap(await ws.revisions.approve(r.revision.id));
      }
    }
    const revisions = await ws.db.getAll('revisions');
    const events = await ws.db.getAll('events');
    const times = events.map((e) => e.at).sort();
    const dates = [times[0], times[Math.floor(times.length / 3)], times[Math.floor((2 * times.length) / 3)], times[times.length - 1], '2026-03-01T00:00:00.000Z'];
    for (const date of dates) {
      assert.ok(date);
      const expected = new Map<string, string>();
      for (const id of new Set(revisions.map((r) => r.paragraphId))) {
        const approved = approvedRevisionAt(revisions.filter((r) => r.paragraphId === id), events.filter((e) => e.paragraphId === id), date);
        if (approved) expected.set(id, approved.text);
      }
      const got = await ws.history.approvedTextsAsOf(work.id, date);
      const differing = [...new Set([...got.keys(), ...expected.keys()])].filter((k) => got.get(k) !== expected.get(k));
      assert.deepEqual(differing.map((k) => [k, got.get(k)?.slice(-12), expected.get(k)?.slice(-12)]), [], date);
    }
    ws.close();
  });

  it('reconstructs a date before a change that touched more paragraphs than are read one by one', async () => {
    const clock = steppingClock('2026-04-01T09:00:00.000Z');
    const ws = await freshWorkspace(clock);
    const work = generateWork({ paragraphs: 150 });
    unwrap(await ws.works.importWork(work));
    const before = await ws.currentTexts(work.id);
    clock.set('2026-05-01T00:00:00.000Z');
    const en = work.witnesses.find((w) => w.id === 'en');
    assert.ok(en);
    for (const p of en.paragraphs) {
      const cur = before.get(p.id);
      assert.ok(cur);
      const r = unwrap(await ws.revisions.saveRevision({ workId: work.id, paragraphId: p.id, baseRevisionId: cur.revisionId, text: `${cur.text} Revised.`, propose: true }));
      unwrap(await ws.revisions.approve(r.revision.id));
    }
    const april = await ws.history.approvedTextsAsOf(work.id, '2026-04-15T00:00:00.000Z');
    assert.equal(april.size, before.size);
    for (const [id, cur] of before) assert.equal(april.get(id), cur.text, id);
    const june = await ws.history.approvedTextsAsOf(work.id, '2026-06-01T00:00:00.000Z');
    for (const p of en.paragraphs) assert.equal(june.get(p.id), `${before.get(p.id)?.text} Revised.`);
    ws.close();
  });
});

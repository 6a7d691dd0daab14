/**
 * The client's rules (checkTeamWrite) and the server's validate_doc_update
 * source must agree: both run over one table of cases. The server source is
 * evaluated in a vm context here only, as CouchDB would evaluate it.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import vm from 'node:vm';
import { checkTeamWrite, type TeamUser } from '../../../src/core/team/team-rules.ts';
import { VALIDATE_DOC_UPDATE } from '../../../src/core/team/validate-doc-update.ts';

const serverValidate = vm.runInNewContext(`(${VALIDATE_DOC_UPDATE})`) as (doc: object, old: object | null, user: object) => void;

function serverVerdict(doc: object, old: object | null, user: TeamUser): string | null {
  try {
    serverValidate(doc, old, user);
    return null;
  } catch (e) {
    const x = e as { forbidden?: string; unauthorized?: string };
    return x.forbidden !== undefined ? `forbidden: ${x.forbidden}` : `unauthorized: ${x.unauthorized}`;
  }
}

function clientVerdict(doc: object, old: object | null, user: TeamUser): string | null {
  const r = checkTeamWrite(doc as Record<string, unknown>, old as Record<string, unknown> | null, user);
  return r ? `${r.kind}: ${r.reason}` : null;
}

const W = 'Wilson-121617';
const db = 'parallax-work-$57$ilson-121617';
const alice: TeamUser = { name: 'alice', roles: ['editor'], db };
const bob: TeamUser = { name: 'bob', roles: ['reviewer'], db };
const admin: TeamUser = { name: 'root', roles: ['_admin'], db };
const rev = { _id: 'rev:01ABC', type: 'revision', id: '01ABC', workId: W, witnessId: 'en', paragraphId: 'p1', baseRevisionId: '01AAA', text: 'x', author: 'alice', createdAt: '2026-01-01T00:00:00Z', origin: 'edit' };
const approve = { _id: 'evt:01ABD', type: 'event', id: '01ABD', workId: W, paragraphId: 'p1', revisionId: '01ABC', from: 'proposed', to: 'approved', author: 'bob', at: '2026-01-01T00:00:01Z', note: null, proposer: 'alice' };
const aln = { _id: 'aln:01ABCDEFGHJKMNPQRSTVWXYZ01', type: 'alignment', workId: W, witnessId: 'en', rows: [], editHistory: [], author: 'alice', updatedAt: '2026-01-01T00:00:00Z' };

const cases: Array<[string, object, object | null, TeamUser, boolean]> = [
  ['own revision', rev, null, alice, true],
  ['forged author', { ...rev, author: 'bob' }, null, alice, false],
  ['anonymous', rev, null, { name: null, roles: [], db }, false],
  ['update', rev, rev, alice, false],
  ['delete', { ...rev, _deleted: true }, null, alice, false],
  ['editor approves', { ...approve, author: 'alice', proposer: 'carol' }, null, alice, false],
  ['reviewer approves', approve, null, bob, true],
  ['reviewer approves own', { ...approve, proposer: 'bob' }, null, bob, false],
  ['reviewer rejects own', { ...approve, to: 'rejected', proposer: 'bob' }, null, bob, false],
  ['editor proposes', { ...approve, from: 'draft', to: 'proposed', author: 'alice' }, null, alice, true],
  ['no role', rev, null, { name: 'alice', roles: [], db }, false],
  ['member imports text', { ...rev, origin: 'import' }, null, alice, false],
  ['member writes the work', { _id: `work:${W}`, type: 'work', workId: W, author: 'alice', witnesses: [] }, null, alice, false],
  ['admin shares the work', { _id: `work:${W}`, type: 'work', workId: W, author: 'import', witnesses: [] }, null, admin, true],
  ['admin uploads old history', { ...rev, author: 'someone' }, null, admin, true],
  ['admin cannot update either', rev, rev, admin, false],
  ['wrong id', { ...rev, _id: 'rev:OTHER' }, null, alice, false],
  ['unknown type', { ...rev, type: 'note' }, null, alice, false],
  ['another work', { ...rev, workId: 'other' }, null, alice, false],
  ['bad state', { ...approve, to: 'done' }, null, bob, false],
  ['event without proposer', { ...approve, proposer: undefined }, null, bob, false],
  ['alignment snapshot', aln, null, alice, true],
  ['alignment with a short id', { ...aln, _id: 'aln:1' }, null, alice, false],
  ['name list', { _id: 'nam:01ABCDEFGHJKMNPQRSTVWXYZ01', type: 'names', workId: W, author: 'alice', updatedAt: '2026-01-01T00:00:00Z', entries: [] }, null, alice, true],
  ['comment without text', { _id: 'com:01X', type: 'comment', id: '01X', workId: W, paragraphId: 'p1', revisionId: '01ABC', author: 'alice', at: '2026-01-01T00:00:00Z' }, null, alice, false],
  ['design document', { _id: '_design/parallax' }, null, admin, true],
];

describe('team rules: client and server agree', () => {
  for (const [name, doc, old, user, allowed] of cases) {
    it(name, () => {
      const server = serverVerdict(doc, old, user);
      assert.equal(clientVerdict(doc, old, user), server, 'same verdict and reason');
      assert.equal(server === null, allowed, server ?? 'allowed');
    });
  }
});

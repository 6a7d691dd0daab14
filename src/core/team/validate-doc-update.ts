/**
 * The team server's `validate_doc_update`, installed with every shared work's
 * database: the same rules as team-rules.ts, written as the ES5 source CouchDB
 * (SpiderMonkey) and pouchdb-server run on every write, replication included.
 * It cannot share code with the client (the server evaluates a string), so
 * tests/core/team/rules-parity.test.ts runs both over one table of cases.
 */
export const TEAM_DESIGN_DOC_ID = '_design/parallax';
/** Bumped when the rules change, so `team share` can tell an old design document. */
export const TEAM_RULES_VERSION = 1;

export const VALIDATE_DOC_UPDATE = `function (doc, old, user) {
  var PREFIX = { work: 'work:', revision: 'rev:', event: 'evt:', comment: 'com:', alignment: 'aln:', names: 'nam:' };
  var STATES = ['draft', 'proposed', 'approved', 'rejected', 'withdrawn'];
  var ORIGINS = ['import', 'edit', 'revert', 'conflict'];
  function text(v) { return typeof v === 'string' && v !== ''; }
  function has(list, v) { for (var i = 0; i < list.length; i++) if (list[i] === v) return true; return false; }
  function dbName(workId) {
    var out = 'parallax-work-';
    for (var i = 0; i < workId.length; i++) {
      var c = workId.charAt(i);
      var code = workId.charCodeAt(i);
      if (code >= 0xd800 && code <= 0xdbff && i + 1 < workId.length) {
        code = (code - 0xd800) * 0x400 + (workId.charCodeAt(i + 1) - 0xdc00) + 0x10000;
        i++;
        c = null;
      }
      out += c !== null && /[a-z0-9_-]/.test(c) ? c : '$' + code.toString(16) + '$';
    }
    return out;
  }
  function malformed() {
    var type = doc.type;
    if (typeof type !== 'string' || !PREFIX.hasOwnProperty(type)) return 'unknown type';
    var id = String(doc._id);
    if (!text(doc.workId)) return 'no workId';
    if (user.db !== undefined && user.db !== null && dbName(doc.workId) !== user.db) return 'it belongs to another work';
    if (!text(doc.author)) return 'no author';
    var prefix = PREFIX[type];
    if (type === 'work') return id !== prefix + doc.workId ? 'its _id is not work:<workId>' : Array.isArray(doc.witnesses) ? null : 'a work needs witnesses';
    if (type === 'alignment' || type === 'names') {
      if (id.length !== prefix.length + 26 || id.indexOf(prefix) !== 0) return 'its _id is not the type prefix and an id';
    } else if (!text(doc.id) || id !== prefix + doc.id) {
      return 'its _id is not the type prefix and its id';
    }
    if (type === 'revision') return typeof doc.text === 'string' && text(doc.paragraphId) && text(doc.witnessId) && text(doc.createdAt) && has(ORIGINS, doc.origin) ? null : 'a revision needs text, paragraph, witness, time and origin';
    if (type === 'event') return text(doc.revisionId) && text(doc.paragraphId) && text(doc.at) && has(STATES, doc.from) && has(STATES, doc.to) && typeof doc.proposer === 'string' ? null : 'an event needs revision, paragraph, time, states and proposer';
    if (type === 'comment') return text(doc.revisionId) && text(doc.paragraphId) && text(doc.at) && typeof doc.text === 'string' ? null : 'a comment needs revision, paragraph, time and text';
    if (type === 'alignment') return text(doc.witnessId) && Array.isArray(doc.rows) && Array.isArray(doc.editHistory) && text(doc.updatedAt) ? null : 'an alignment needs witness, rows, edits and time';
    return Array.isArray(doc.entries) && text(doc.updatedAt) ? null : 'a name list needs entries and time';
  }
  var roles = user.roles || [];
  if (String(doc._id).indexOf('_design/') === 0) return;
  if (!user.name) throw({ unauthorized: 'log in to write to a shared work.' });
  if ((old && !old._deleted) || doc._deleted) throw({ forbidden: 'records of a shared work are never changed or deleted.' });
  var bad = malformed();
  if (bad) throw({ forbidden: 'malformed record: ' + bad + '.' });
  if (has(roles, '_admin')) return;
  if (doc.author !== user.name) throw({ forbidden: 'a record must name you as its author (this one names ' + String(doc.author) + ').' });
  if (!has(roles, 'editor') && !has(roles, 'reviewer')) throw({ forbidden: 'you have neither the editor nor the reviewer role.' });
  if (doc.type === 'work') throw({ forbidden: 'only the server admin shares a work.' });
  if (doc.type === 'revision' && doc.origin === 'import') throw({ forbidden: 'imported text comes only with the shared work.' });
  if (doc.type === 'event' && (doc.to === 'approved' || doc.to === 'rejected')) {
    if (!has(roles, 'reviewer')) throw({ forbidden: 'only a reviewer may approve or reject.' });
    if (doc.proposer === user.name) throw({ forbidden: 'a reviewer cannot approve or reject their own proposal.' });
  }
}`;

export function teamDesignDoc(): { readonly _id: string; readonly rulesVersion: number; readonly validate_doc_update: string } {
  return { _id: TEAM_DESIGN_DOC_ID, rulesVersion: TEAM_RULES_VERSION, validate_doc_update: VALIDATE_DOC_UPDATE };
}

/**
 * Turns raw diff-match-patch output into ops a person reads easily: edit
 * boundaries slid onto word boundaries, a change split only by a space joined
 * into one phrase, and every change written as its deletion then its insertion.
 */
import DiffMatchPatch from 'diff-match-patch';
import type { DiffOp } from './word-diff.ts';
import { cleanupSemanticLossless } from './semantic-lossless.ts';

const WHITESPACE_ONLY = /^\s+$/u;
const WHITESPACE_AND_PUNCTUATION = /[\s\p{P}]+/gu;

interface Block {
  deleted: string;
  inserted: string;
}

/**
 * diff-match-patch's semantic cleanup on word units: an equality no longer
 * than the changes on both sides of it is folded into them, so a diff is a few
 * phrases, not a confetti of words. Strictly shorter here (dmp allows equal
 * length) because a unit is a whole word with its space: `fox` between
 * `[-quick brown-]` and `[-jumps-]` stays.
 */
export function eliminateShortEqualities(diffs: DiffMatchPatch.Diff[]): DiffMatchPatch.Diff[] {
  let out = diffs;
  for (let changed = true; changed; ) {
    changed = false;
    for (let i = 1; i < out.length - 1; i++) {
      const d = out[i] as DiffMatchPatch.Diff;
      if (d[0] !== DiffMatchPatch.DIFF_EQUAL) continue;
      const before = changeSize(out, i - 1, -1);
      const after = changeSize(out, i + 1, 1);
      if (before > 0 && after > 0 && d[1].length < before && d[1].length < after) {
        out.splice(i, 1, [DiffMatchPatch.DIFF_DELETE, d[1]], [DiffMatchPatch.DIFF_INSERT, d[1]]);
        changed = true;
      }
    }
    if (changed) out = mergeChanges(out);
  }
  return out;
}

/** The larger side (deleted or inserted length) of the run of changes from `from` going `step`. */
function changeSize(diffs: readonly DiffMatchPatch.Diff[], from: number, step: 1 | -1): number {
  let deleted = 0;
  let inserted = 0;
  for (let j = from; j >= 0 && j < diffs.length; j += step) {
    const [op, text] = diffs[j] as DiffMatchPatch.Diff;
    if (op === DiffMatchPatch.DIFF_EQUAL) break;
    if (op === DiffMatchPatch.DIFF_DELETE) deleted += text.length;
    else inserted += text.length;
  }
  return Math.max(deleted, inserted);
}

/** Each run of changes as one deletion and one insertion, each in order; adjacent equalities joined. */
function mergeChanges(diffs: readonly DiffMatchPatch.Diff[]): DiffMatchPatch.Diff[] {
  const out: DiffMatchPatch.Diff[] = [];
  let deleted = '';
  let inserted = '';
  const flush = (): void => {
    if (deleted) out.push([DiffMatchPatch.DIFF_DELETE, deleted] as DiffMatchPatch.Diff);
    if (inserted) out.push([DiffMatchPatch.DIFF_INSERT, inserted] as DiffMatchPatch.Diff);
    deleted = inserted = '';
  };
  for (const [op, text] of diffs) {
    if (op === DiffMatchPatch.DIFF_DELETE) deleted += text;
    else if (op === DiffMatchPatch.DIFF_INSERT) inserted += text;
    else {
      flush();
      const last = out[out.length - 1];
      if (last && last[0] === DiffMatchPatch.DIFF_EQUAL) last[1] += text;
      else out.push([op, text] as DiffMatchPatch.Diff);
    }
  }
  flush();
  return out;
}

export function readableCleanup(diffs: DiffMatchPatch.Diff[]): DiffOp[] {
  cleanupSemanticLossless(diffs);
  absorbSpacesBetweenReplacements(diffs);
  return mergeBlocks(diffs);
}

/**
 * `[-quick-]{+slow+} [-brown-]{+red+}` reads better as `[-quick brown-]{+slow red+}`:
 * a space-only equality between changes is folded into both sides, when the
 * joined change is a replacement (it has both a deletion and an insertion).
 */
function absorbSpacesBetweenReplacements(diffs: DiffMatchPatch.Diff[]): void {
  for (let i = 1; i < diffs.length - 1; i++) {
    const d = diffs[i] as DiffMatchPatch.Diff;
    if (d[0] !== DiffMatchPatch.DIFF_EQUAL || !WHITESPACE_ONLY.test(d[1])) continue;
    const before = changeKinds(diffs, i - 1, -1);
    const after = changeKinds(diffs, i + 1, 1);
    if (before.size === 0 || after.size === 0) continue;
    const all = new Set([...before, ...after]);
    if (!all.has(DiffMatchPatch.DIFF_DELETE) || !all.has(DiffMatchPatch.DIFF_INSERT)) continue;
    diffs.splice(i, 1, [DiffMatchPatch.DIFF_DELETE, d[1]], [DiffMatchPatch.DIFF_INSERT, d[1]]);
    i++;
  }
}

/** The kinds of change in the run of non-equal diffs starting at `from` going `step`. */
function changeKinds(diffs: DiffMatchPatch.Diff[], from: number, step: 1 | -1): Set<number> {
  const kinds = new Set<number>();
  for (let j = from; j >= 0 && j < diffs.length; j += step) {
    const op = (diffs[j] as DiffMatchPatch.Diff)[0];
    if (op === DiffMatchPatch.DIFF_EQUAL) break;
    kinds.add(op);
  }
  return kinds;
}

/**
 * Our own merge rather than dmp's diff_cleanupMerge: that one factors out a
 * common prefix of a deletion and an insertion, which splits words
 * (`[-a big-]{+an old+}` would become `a[- big-]{+n old+}`).
 */
function mergeBlocks(diffs: readonly DiffMatchPatch.Diff[]): DiffOp[] {
  const out: DiffOp[] = [];
  const block: Block = { deleted: '', inserted: '' };
  let carry = '';
  const flush = (): void => {
    // `[-quick brown -]{+slow red +}fox` reads better as `[-quick brown-]{+slow red+} fox`:
    // whitespace both sides end (or begin) with moves out of the change.
    if (block.deleted && block.inserted) {
      const lead = commonWhitespace(block.deleted, block.inserted, 'lead');
      if (lead) {
        pushEqual(out, lead);
        block.deleted = block.deleted.slice(lead.length);
        block.inserted = block.inserted.slice(lead.length);
      }
      carry = commonWhitespace(block.deleted, block.inserted, 'trail');
      if (carry) {
        block.deleted = block.deleted.slice(0, -carry.length);
        block.inserted = block.inserted.slice(0, -carry.length);
      }
    }
    if (block.deleted) out.push({ op: 'delete', text: block.deleted });
    if (block.inserted) out.push({ op: 'insert', text: block.inserted });
    if (carry) pushEqual(out, carry);
    block.deleted = block.inserted = carry = '';
  };
  for (const [op, text] of diffs) {
    if (!text) continue;
    if (op === DiffMatchPatch.DIFF_DELETE) block.deleted += text;
    else if (op === DiffMatchPatch.DIFF_INSERT) block.inserted += text;
    else {
      flush();
      pushEqual(out, text);
    }
  }
  flush();
  return out;
}

/** The whitespace both texts begin (or end) with, when neither is whitespace only. */
function commonWhitespace(a: string, b: string, where: 'lead' | 'trail'): string {
  const wa = edgeWhitespace(a, where);
  if (!wa || wa.length === a.length || wa !== edgeWhitespace(b, where) || wa.length === b.length) return '';
  return wa;
}

const isSpace = (c: string): boolean => c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\u00a0' || c === '\u3000';

/** Scanned by hand: `/\s+$/` is quadratic on text with many spaces. */
function edgeWhitespace(s: string, where: 'lead' | 'trail'): string {
  if (where === 'lead') {
    let i = 0;
    while (i < s.length && isSpace(s.charAt(i))) i++;
    return s.slice(0, i);
  }
  let i = s.length;
  while (i > 0 && isSpace(s.charAt(i - 1))) i--;
  return s.slice(i);
}

function pushEqual(out: DiffOp[], text: string): void {
  const last = out[out.length - 1];
  if (last?.op === 'equal') out[out.length - 1] = { op: 'equal', text: last.text + text };
  else out.push({ op: 'equal', text });
}

/**
 * For "hide whitespace and punctuation differences": a change whose two sides
 * are the same once whitespace and punctuation are removed becomes an equal op
 * carrying b's text.
 */
export function hidePunctuationChanges(ops: readonly DiffOp[]): DiffOp[] {
  const out: DiffOp[] = [];
  let i = 0;
  while (i < ops.length) {
    const op = ops[i] as DiffOp;
    if (op.op === 'equal') {
      pushEqual(out, op.text);
      i++;
      continue;
    }
    let deleted = '';
    let inserted = '';
    const start = i;
    for (; i < ops.length && (ops[i] as DiffOp).op !== 'equal'; i++) {
      const o = ops[i] as DiffOp;
      if (o.op === 'delete') deleted += o.text;
      else inserted += o.text;
    }
    if (deleted.replace(WHITESPACE_AND_PUNCTUATION, '') === inserted.replace(WHITESPACE_AND_PUNCTUATION, '')) {
      if (inserted) pushEqual(out, inserted);
    } else {
      out.push(...ops.slice(start, i));
    }
  }
  return out;
}

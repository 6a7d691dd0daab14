/**
 * Turns raw diff-match-patch output into ops a person reads easily: edit
 * boundaries slid onto word boundaries, a change split only by a space joined
 * into one phrase, and every change written as its deletion then its insertion.
 */
import DiffMatchPatch from 'diff-match-patch';
import type { DiffOp } from './word-diff.ts';

const WHITESPACE_ONLY = /^\s+$/u;
const WHITESPACE_AND_PUNCTUATION = /[\s\p{P}]+/gu;

interface Block {
  deleted: string;
  inserted: string;
}

export function readableCleanup(diffs: DiffMatchPatch.Diff[], dmp: DiffMatchPatch): DiffOp[] {
  dmp.diff_cleanupSemanticLossless(diffs);
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
  const flush = (): void => {
    if (block.deleted) out.push({ op: 'delete', text: block.deleted });
    if (block.inserted) out.push({ op: 'insert', text: block.inserted });
    block.deleted = block.inserted = '';
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

/**
 * The name-aware pass over a diff: a change whose two sides differ only in
 * how they write the same names (`Bakhty and Khorgos` against `Ba-ke-tu [sic]
 * and Huoerguosi [Horgos]`) is a name variant, not a difference of wording.
 * Its ops are tagged with the names' ids, so the view can show them quietly.
 */
import { findKnownNames } from '../names/find-known-names.ts';
import type { NameList } from '../names/name-list.ts';
import { stripMarks } from '../marks/strip-marks.ts';
import type { DiffOp } from './word-diff.ts';

export interface NamedDiffOp extends DiffOp {
  /** Set on both ops of a change that only writes the same names differently: their entry ids. */
  readonly nameVariant?: readonly string[];
}

/** The text with every known name replaced by its entry id, marks stripped; the ids in order. */
function namesAsIds(text: string, list: NameList): { shape: string; ids: string[] } {
  const plain = stripMarks(text);
  let shape = '';
  let at = 0;
  const ids: string[] = [];
  for (const o of findKnownNames(plain, list)) {
    shape += `${plain.slice(at, o.start)}\u0000${o.entryId}\u0000`;
    at = o.end;
    ids.push(o.entryId);
  }
  return { shape: (shape + plain.slice(at)).replace(/\s+/g, ' ').trim(), ids };
}

export function markNameVariants(ops: readonly DiffOp[], list: NameList): NamedDiffOp[] {
  const out: NamedDiffOp[] = [...ops];
  for (let i = 0; i + 1 < out.length; i++) {
    const del = out[i];
    const ins = out[i + 1];
    if (del?.op !== 'delete' || ins?.op !== 'insert') continue;
    const a = namesAsIds(del.text, list);
    const b = namesAsIds(ins.text, list);
    if (a.ids.length === 0 || a.shape !== b.shape) continue;
    const ids = [...new Set(a.ids)];
    out[i] = { ...del, nameVariant: ids };
    out[i + 1] = { ...ins, nameVariant: ids };
    i++;
  }
  return out;
}

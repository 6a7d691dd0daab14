/**
 * Turns one cell's text, its word diff against the base witness and its
 * annotations (editorial marks, names, search hits) into flat segments a row
 * can render without any logic of its own. Pure: no DOM, no Lit.
 */

/** The shape of `DiffOp` from `src/core/diff/word-diff.ts`, restated so rows do not depend on the diff engine. */
export interface CellDiffOp {
  readonly op: 'equal' | 'insert' | 'delete';
  readonly text: string;
}

export type AnnotationKind = 'sic' | 'gloss' | 'omission' | 'illegible' | 'not-declassified' | 'editorial' | 'name' | 'hit' | 'finding';

/** A span of the cell's own text (offsets into it) with a reason a reader can be told. */
export interface Annotation {
  readonly kind: AnnotationKind;
  readonly start: number;
  readonly end: number;
  /** What the mark means, used as the element's title and accessible description. */
  readonly title: string;
}

export interface Segment {
  readonly text: string;
  /** `delete` segments are base text missing from this witness: they have no offsets in it. */
  readonly change: 'equal' | 'insert' | 'delete';
  /** Annotations covering the whole segment, outermost first. */
  readonly notes: readonly Annotation[];
  /** Offset in the cell text, or -1 for `delete` segments. */
  readonly start: number;
}

/**
 * A diff belongs to one version of the text: if the non-deleted parts do not
 * spell `text` (the paragraph was edited since), it is dropped rather than
 * painting the wrong changes.
 */
export function diffMatchesText(text: string, ops: readonly CellDiffOp[]): boolean {
  let out = '';
  for (const o of ops) if (o.op !== 'delete') out += o.text;
  return out === text;
}

interface Piece {
  readonly change: Segment['change'];
  readonly text: string;
  readonly start: number;
}

function piecesOf(text: string, ops: readonly CellDiffOp[] | null): Piece[] {
  if (!ops || !diffMatchesText(text, ops)) return [{ change: 'equal', text, start: 0 }];
  const pieces: Piece[] = [];
  let pos = 0;
  for (const o of ops) {
    if (o.text === '') continue;
    if (o.op === 'delete') {
      pieces.push({ change: 'delete', text: o.text, start: -1 });
    } else {
      pieces.push({ change: o.op, text: o.text, start: pos });
      pos += o.text.length;
    }
  }
  return pieces;
}

const ORDER: Record<AnnotationKind, number> = {
  finding: 0, name: 1, sic: 2, gloss: 2, omission: 2, illegible: 2, 'not-declassified': 2, editorial: 2, hit: 3,
};

export function cellSegments(text: string, ops: readonly CellDiffOp[] | null, annotations: readonly Annotation[]): Segment[] {
  const notes = annotations
    .filter((a) => a.end > a.start && a.start >= 0 && a.end <= text.length)
    .sort((a, b) => ORDER[a.kind] - ORDER[b.kind] || a.start - b.start);
  const cuts = new Set<number>();
  for (const a of notes) {
    cuts.add(a.start);
    cuts.add(a.end);
  }
  const sortedCuts = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (const p of piecesOf(text, ops)) {
    if (p.change === 'delete') {
      out.push({ text: p.text, change: 'delete', notes: [], start: -1 });
      continue;
    }
    const end = p.start + p.text.length;
    let from = p.start;
    for (const c of sortedCuts) {
      if (c <= from || c >= end) continue;
      out.push(segment(text, p.change, from, c, notes));
      from = c;
    }
    out.push(segment(text, p.change, from, end, notes));
  }
  return out;
}

function segment(text: string, change: Segment['change'], start: number, end: number, notes: readonly Annotation[]): Segment {
  return { text: text.slice(start, end), change, start, notes: notes.filter((a) => a.start <= start && a.end >= end) };
}

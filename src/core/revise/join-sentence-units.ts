/**
 * Sentence units (a sentence-segmented TMX: each unit names only sentences,
 * `en-p4-s2`) → one unit per paragraph, so they can be compared with the
 * paragraph they came from. Each unit's target replaces the span of the
 * sentences it names in the current text; sentences no unit names stay as
 * they are, and so does the text between sentences. Units naming a paragraph
 * itself pass through untouched.
 */
import type { ReturnedUnit, SegmentState } from '../import-xliff/returned-units.ts';
import { SEGMENT_STATES } from '../import-xliff/returned-units.ts';
import type { Witness } from '../model/work.ts';
import { splitSentences } from '../text/split-sentences.ts';

const SENTENCE_ID = /^(.+)-s(\d+)$/;

interface Claim { readonly from: number; readonly to: number; readonly unit: ReturnedUnit }

export function joinSentenceUnits(witness: Witness, units: readonly ReturnedUnit[]): ReturnedUnit[] {
  const byId = new Map(witness.paragraphs.map((p) => [p.id, p]));
  const claims = new Map<string, Claim[]>();
  const out: ReturnedUnit[] = [];
  const placeOf = new Map<string, number>();
  for (const unit of units) {
    const own = unit.ids.map((id) => SENTENCE_ID.exec(id)).filter((m): m is RegExpExecArray => !!m && byId.has(m[1] ?? ''));
    const names = new Set(own.map((m) => m[1] ?? ''));
    if (unit.ids.some((id) => byId.has(id)) || names.size !== 1 || unit.target === null) {
      out.push(unit);
      continue;
    }
    const pid = [...names][0] as string;
    const ks = own.map((m) => Number(m[2]));
    (claims.get(pid) ?? claims.set(pid, []).get(pid))?.push({ from: Math.min(...ks), to: Math.max(...ks), unit });
    if (!placeOf.has(pid)) { placeOf.set(pid, out.length); out.push(unit); }
  }
  for (const [pid, list] of claims) {
    const paragraph = byId.get(pid);
    const at = placeOf.get(pid);
    if (!paragraph || at === undefined) continue;
    const spans = splitSentences(paragraph.text, witness.lang);
    list.sort((a, b) => a.from - b.from);
    let text = '';
    let pos = 0;
    let fits = true;
    for (const c of list) {
      const first = spans[c.from - 1];
      const last = spans[c.to - 1];
      if (!first || !last || first.start < pos) { fits = false; break; }
      text += paragraph.text.slice(pos, first.start) + (c.unit.target ?? '');
      pos = last.end;
    }
    text += paragraph.text.slice(pos);
    const states = list.map((c) => c.unit.state);
    out[at] = {
      unitId: list.map((c) => c.unit.unitId).join(' '),
      // Sentences that no longer fit the paragraph's sentences: the unit names no paragraph, so it is listed as unmatched.
      ids: fits ? [pid] : [],
      target: fits ? text : list.map((c) => c.unit.target).join(' '),
      preserveSpace: true,
      state: states.includes(null) ? null : (states as SegmentState[]).reduce((a, b) => (SEGMENT_STATES.indexOf(a) <= SEGMENT_STATES.indexOf(b) ? a : b)),
      stateAsWritten: [...new Set(list.map((c) => c.unit.stateAsWritten).filter((s): s is string => !!s))].join(' ') || null,
      notes: list.flatMap((c) => c.unit.notes),
    };
  }
  return out;
}

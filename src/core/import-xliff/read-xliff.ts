/**
 * A returned XLIFF file (2.0 or 1.2) → its units: ids, target text, state,
 * notes. Written for what CAT tools do to a file they were given: OmegaT and
 * Okapi segment it (`<seg-source>`, `<mrk mtype="seg">`, 2.0 `<segment>` and
 * `<ignorable>`), memoQ and Trados add inline codes and their own attributes,
 * any of them may drop `xml:space` and reflow the text.
 */
import { err, ok, type PxError, type Result } from '../result.ts';
import { childrenNamed, firstChild, readXmlTree, textOf, xmlSpaceOf, type XmlElement } from '../import-xml/read-xml-tree.ts';
import { inlineText } from './inline-text.ts';
import { SEGMENT_STATES, type ReturnedFile, type ReturnedUnit, type SegmentState } from './returned-units.ts';
import { interchangeErrors } from './xliff-errors.ts';

export const XLIFF2_NS = 'urn:oasis:names:tc:xliff:document:2.0';
export const XLIFF12_NS = 'urn:oasis:names:tc:xliff:document:1.2';

/** Notes Parallax itself wrote (the source note, the editorial footnotes): they come back unchanged and are not the translator's. */
const OWN_NOTE_CATEGORIES = new Set(['source', 'editorial']);
export const OWN_NOTE_AUTHOR = 'Parallax';

export function readXliff(xml: string): Result<ReturnedFile, PxError> {
  const tree = readXmlTree(xml, 'XLIFF');
  if (!tree.ok) return tree;
  const root = tree.value;
  if (root.name !== 'xliff' || (root.ns !== XLIFF2_NS && root.ns !== XLIFF12_NS && root.ns !== '')) return err(interchangeErrors.notXliff(root.name, root.ns));
  const version = root.attrs.version ?? '';
  const file = root.ns === XLIFF2_NS && /^2\.\d$/.test(version) ? readVersion2(root)
    : root.ns !== XLIFF2_NS && /^1\.[12]$/.test(version) ? readVersion12(root)
      : null;
  if (!file) return err(interchangeErrors.xliffVersion(version));
  return file.units.length ? ok(file) : err(interchangeErrors.xliffEmpty());
}

/** Least advanced first: a unit is only as final as its weakest segment. */
function weakest(states: ReadonlyArray<SegmentState | null>): SegmentState | null {
  let best: SegmentState | null = null;
  for (const s of states) {
    if (s === null) return null;
    if (best === null || SEGMENT_STATES.indexOf(s) < SEGMENT_STATES.indexOf(best)) best = s;
  }
  return best;
}

const tokens = (s: string | undefined) => (s ? s.split(/\s+/).filter(Boolean) : []);

// XLIFF 2.0 ------------------------------------------------------------------

function unitsIn(e: XmlElement, name: 'unit' | 'trans-unit', space: 'preserve' | 'default', out: Array<{ unit: XmlElement; space: 'preserve' | 'default' }>): typeof out {
  for (const c of e.children) {
    if (typeof c === 'string' || c.ns !== e.ns) continue;
    const s = xmlSpaceOf(c, space);
    if (c.name === name) out.push({ unit: c, space: s });
    else if (c.name === 'group' || c.name === 'body') unitsIn(c, name, s, out);
  }
  return out;
}

function readVersion2(root: XmlElement): ReturnedFile {
  const files = childrenNamed(root, 'file');
  const units: ReturnedUnit[] = [];
  for (const file of files) {
    for (const { unit, space } of unitsIn(file, 'unit', xmlSpaceOf(file, xmlSpaceOf(root)), [])) units.push(readUnit2(unit, space));
  }
  return {
    format: 'xliff-2.0',
    sourceLang: root.attrs.srcLang ?? null,
    targetLang: root.attrs.trgLang ?? null,
    workId: files[0]?.attrs.original ?? null,
    units,
  };
}

function readUnit2(unit: XmlElement, unitSpace: 'preserve' | 'default'): ReturnedUnit {
  let text = '';
  let anyTarget = false;
  let preserve = unitSpace === 'preserve';
  const states: Array<SegmentState | null> = [];
  const stateNames: string[] = [];
  const segmentIds: string[] = [];
  for (const c of unit.children) {
    if (typeof c === 'string' || c.ns !== unit.ns) continue;
    if (c.name !== 'segment' && c.name !== 'ignorable') continue;
    const space = xmlSpaceOf(c, unitSpace);
    const target = firstChild(c, 'target');
    const source = firstChild(c, 'source');
    if (target) {
      anyTarget = true;
      if (xmlSpaceOf(target, space) === 'preserve') preserve = true;
    }
    text += target ? inlineText(target) : c.name === 'ignorable' && source ? inlineText(source) : '';
    if (c.name === 'segment') {
      if (c.attrs.id) segmentIds.push(c.attrs.id);
      const state = c.attrs.state ?? 'initial';
      stateNames.push(state);
      states.push((SEGMENT_STATES as readonly string[]).includes(state) ? (state as SegmentState) : null);
    }
  }
  const notesEl = firstChild(unit, 'notes');
  const notes = notesEl ? childrenNamed(notesEl, 'note').filter((n) => !OWN_NOTE_CATEGORIES.has(n.attrs.category ?? '')).map((n) => textOf(n).trim()).filter(Boolean) : [];
  return {
    unitId: unit.attrs.id ?? '',
    ids: [...tokens(unit.attrs.name), ...segmentIds],
    target: anyTarget ? text : null,
    preserveSpace: preserve,
    state: anyTarget ? weakest(states) : null,
    stateAsWritten: [...new Set(stateNames)].join(' ') || null,
    notes,
  };
}

// XLIFF 1.2 ------------------------------------------------------------------

/** XLIFF 1.2 `state` → 2.0: anything still to be translated is initial; "needs review" is translated, not yet reviewed. */
const STATE_12: Record<string, SegmentState> = {
  new: 'initial', 'needs-translation': 'initial',
  'needs-adaptation': 'translated', 'needs-l10n': 'translated', 'needs-review-adaptation': 'translated',
  'needs-review-l10n': 'translated', 'needs-review-translation': 'translated', translated: 'translated',
  'signed-off': 'reviewed', final: 'final',
};

function readVersion12(root: XmlElement): ReturnedFile {
  const files = childrenNamed(root, 'file');
  const units: ReturnedUnit[] = [];
  for (const file of files) {
    const body = firstChild(file, 'body');
    if (!body) continue;
    for (const { unit, space } of unitsIn(body, 'trans-unit', xmlSpaceOf(body, xmlSpaceOf(file, xmlSpaceOf(root))), [])) units.push(readUnit12(unit, space));
  }
  const first = files[0];
  return {
    format: 'xliff-1.2',
    sourceLang: first?.attrs['source-language'] ?? null,
    targetLang: first?.attrs['target-language'] ?? null,
    workId: first?.attrs.original ?? null,
    units,
  };
}

function readUnit12(unit: XmlElement, space: 'preserve' | 'default'): ReturnedUnit {
  const target = firstChild(unit, 'target');
  const written = target?.attrs.state ?? null;
  let state: SegmentState | null = target ? (written ? STATE_12[written] ?? null : 'translated') : null;
  // approved="yes" on the unit is 1.2's other way of saying final.
  if (target && unit.attrs.approved === 'yes') state = 'final';
  const notes = childrenNamed(unit, 'note').filter((n) => n.attrs.from !== OWN_NOTE_AUTHOR).map((n) => textOf(n).trim()).filter(Boolean);
  return {
    unitId: unit.attrs.id ?? '',
    ids: [...tokens(unit.attrs.resname), ...(unit.attrs.id ? [unit.attrs.id] : [])],
    target: target ? inlineText(target) : null,
    preserveSpace: (target ? xmlSpaceOf(target, space) : space) === 'preserve',
    state,
    stateAsWritten: written ?? (unit.attrs.approved === 'yes' ? 'approved="yes"' : null),
    notes,
  };
}

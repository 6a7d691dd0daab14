/**
 * A TMX 1.4b translation memory → returned units. Parallax's own TMX names
 * each unit's paragraphs in `<prop type="x-paragraphs">` and its state in
 * `<prop type="x-status">` (TMX has no status of its own); a unit without
 * them keeps its `tuid` as its only id. The target is the `<tuv>` in the
 * target language, or else the first that is not the source language.
 */
import { err, ok, type PxError, type Result } from '../result.ts';
import { childrenNamed, firstChild, readXmlTree, textOf, xmlSpaceOf, type XmlElement } from '../import-xml/read-xml-tree.ts';
import { inlineText } from '../import-xliff/inline-text.ts';
import type { ReturnedFile, ReturnedUnit, SegmentState } from '../import-xliff/returned-units.ts';
import { interchangeErrors } from '../import-xliff/xliff-errors.ts';

/** Parallax's x-status values (its paragraph states) → XLIFF-style states. */
const STATUS: Record<string, SegmentState> = {
  rejected: 'initial', draft: 'translated', imported: 'translated', proposed: 'reviewed', approved: 'final',
  // Other tools' spellings seen in x-status-like props.
  translated: 'translated', reviewed: 'reviewed', final: 'final', initial: 'initial',
};

export interface ReadTmxOptions {
  /** The language of the witness the memory goes back into; default the header's other language. */
  readonly targetLang?: string;
}

const sameLang = (a: string | undefined, b: string) => (a ?? '').toLowerCase() === b.toLowerCase()
  || (a ?? '').toLowerCase().split('-')[0] === b.toLowerCase().split('-')[0];

export function readTmx(xml: string, opts: ReadTmxOptions = {}): Result<ReturnedFile, PxError> {
  const tree = readXmlTree(xml, 'TMX');
  if (!tree.ok) return tree;
  const root = tree.value;
  if (root.name !== 'tmx' || root.ns !== '') return err(interchangeErrors.notTmx(root.ns ? `${root.name} in ${root.ns}` : root.name));
  const header = firstChild(root, 'header');
  const body = firstChild(root, 'body');
  const srclang = header?.attrs.srclang ?? null;
  const units: ReturnedUnit[] = [];
  let targetLang: string | null = null;
  for (const tu of body ? childrenNamed(body, 'tu') : []) {
    const tuvs = childrenNamed(tu, 'tuv').map((t) => ({ el: t, lang: t.attrs['xml:lang'] ?? t.attrs.lang ?? '' }));
    const target = opts.targetLang !== undefined
      ? tuvs.find((t) => t.lang.toLowerCase() === opts.targetLang?.toLowerCase()) ?? tuvs.find((t) => sameLang(t.lang, opts.targetLang ?? ''))
      : tuvs.find((t) => srclang === null || srclang === '*all*' ? t !== tuvs[0] : !sameLang(t.lang, srclang));
    targetLang ??= target?.lang ?? null;
    units.push(readUnit(tu, target?.el, xmlSpaceOf(tu, xmlSpaceOf(body ?? root, xmlSpaceOf(root)))));
  }
  if (units.length === 0) return err(interchangeErrors.tmxEmpty());
  const work = header ? childrenNamed(header, 'prop').find((p) => p.attrs.type === 'x-work') : undefined;
  return ok({ format: 'tmx-1.4', sourceLang: srclang, targetLang: targetLang ?? opts.targetLang ?? null, workId: work ? textOf(work).trim() : null, units });
}

function readUnit(tu: XmlElement, tuv: XmlElement | undefined, space: 'preserve' | 'default'): ReturnedUnit {
  const props = childrenNamed(tu, 'prop');
  const prop = (type: string) => props.find((p) => p.attrs.type === type);
  // A sentence unit names its sentences; its paragraphs would claim the whole paragraph for one sentence.
  const paragraphs = prop('x-sentences') ?? prop('x-paragraphs');
  const status = prop('x-status');
  const written = status ? textOf(status).trim() : null;
  const seg = tuv && firstChild(tuv, 'seg');
  return {
    unitId: tu.attrs.tuid ?? '',
    ids: [...(paragraphs ? textOf(paragraphs).split(/\s+/).filter(Boolean) : []), ...(tu.attrs.tuid ? [tu.attrs.tuid] : [])],
    target: seg ? inlineText(seg) : null,
    preserveSpace: (tuv ? xmlSpaceOf(tuv, space) : space) === 'preserve',
    state: seg ? (written ? STATUS[written] ?? null : 'translated') : null,
    stateAsWritten: written,
    notes: [...childrenNamed(tu, 'note'), ...(tuv ? childrenNamed(tuv, 'note') : [])].map((n) => textOf(n).trim()).filter(Boolean),
  };
}

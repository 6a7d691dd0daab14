/**
 * Cross-record checks a schema cannot express: unique ids, every reference
 * resolves within the bundle, and each paragraph's current text is an
 * approved revision of that same paragraph.
 */
import type { PxError } from '../result.ts';
import type { Revision } from '../workflow/revision.ts';
import { bundleErrors } from './bundle-errors.ts';
import type { Bundle } from './bundle-types.ts';

interface ParagraphRef {
  readonly workId: string;
  readonly witnessId: string;
}

function firstDuplicate(ids: readonly string[]): { index: number; id: string } | null {
  const seen = new Set<string>();
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i] ?? '';
    if (seen.has(id)) return { index: i, id };
    seen.add(id);
  }
  return null;
}

export function checkReferences(b: Bundle): PxError | null {
  for (const [key, ids] of [
    ['works', b.works.map((w) => w.id)],
    ['revisions', b.revisions.map((r) => r.id)],
    ['events', b.events.map((e) => e.id)],
    ['comments', b.comments.map((c) => c.id)],
    ['alignments', b.alignments.map((a) => `${a.workId}/${a.witnessId}`)],
    ['names', b.names.map((n) => `${n.workId}/${n.id}`)],
  ] as const) {
    const dup = firstDuplicate(ids);
    if (dup) return bundleErrors.duplicate(`bundle.${key}[${dup.index}]`, dup.id);
  }

  const workIds = new Set(b.works.map((w) => w.id));
  const witnesses = new Set<string>();
  const paragraphs = new Map<string, ParagraphRef>();
  for (const [wi, w] of b.works.entries()) {
    const witnessDup = firstDuplicate(w.witnesses.map((x) => x.id));
    if (witnessDup) return bundleErrors.duplicate(`bundle.works[${wi}].witnesses[${witnessDup.index}]`, witnessDup.id);
    const paragraphDup = firstDuplicate(w.witnesses.flatMap((x) => x.paragraphs.map((p) => p.id)));
    if (paragraphDup) return bundleErrors.duplicate(`bundle.works[${wi}] paragraph ${paragraphDup.index}`, paragraphDup.id);
    for (const x of w.witnesses) {
      witnesses.add(`${w.id}/${x.id}`);
      for (const p of x.paragraphs) paragraphs.set(`${w.id}/${p.id}`, { workId: w.id, witnessId: x.id });
    }
  }

  const revisions = new Map<string, Revision>(b.revisions.map((r) => [r.id, r]));
  for (const [i, r] of b.revisions.entries()) {
    const path = `bundle.revisions[${i}]`;
    const p = paragraphs.get(`${r.workId}/${r.paragraphId}`);
    if (!p) return bundleErrors.dangling(path, `paragraph “${r.paragraphId}” of work “${r.workId}”`);
    if (p.witnessId !== r.witnessId) return bundleErrors.inconsistent(path, `witness “${r.witnessId}” does not hold paragraph “${r.paragraphId}”`);
    for (const key of ['baseRevisionId', 'revertOf', 'conflictWith', 'supersedes'] as const) {
      const ref = r[key];
      if (ref === null || ref === undefined) continue;
      const target = revisions.get(ref);
      if (!target || target.paragraphId !== r.paragraphId || target.workId !== r.workId) return bundleErrors.dangling(`${path}.${key}`, `revision “${ref}” of the same paragraph`);
    }
  }

  const approved = new Set(b.revisions.filter((r) => r.origin === 'import').map((r) => r.id));
  for (const [key, records] of [['events', b.events], ['comments', b.comments]] as const) {
    for (const [i, e] of records.entries()) {
      const r = revisions.get(e.revisionId);
      if (!r) return bundleErrors.dangling(`bundle.${key}[${i}].revisionId`, `revision “${e.revisionId}”`);
      if (r.workId !== e.workId || r.paragraphId !== e.paragraphId) return bundleErrors.inconsistent(`bundle.${key}[${i}]`, 'work or paragraph differs from its revision’s');
    }
  }
  for (const e of b.events) if (e.to === 'approved') approved.add(e.revisionId);

  for (const [wi, w] of b.works.entries()) {
    for (const [xi, x] of w.witnesses.entries()) {
      for (const [pi, p] of x.paragraphs.entries()) {
        const path = `bundle.works[${wi}].witnesses[${xi}].paragraphs[${pi}].revisionId`;
        const r = revisions.get(p.revisionId);
        if (!r || r.workId !== w.id || r.paragraphId !== p.id) return bundleErrors.dangling(path, `revision “${p.revisionId}” of paragraph “${p.id}”`);
        if (!approved.has(r.id)) return bundleErrors.inconsistent(path, 'the current text is not an approved revision');
      }
    }
  }

  for (const [i, a] of b.alignments.entries()) {
    if (!witnesses.has(`${a.workId}/${a.witnessId}`)) return bundleErrors.dangling(`bundle.alignments[${i}]`, `witness “${a.witnessId}” of work “${a.workId}”`);
  }
  for (const [i, n] of b.names.entries()) {
    if (n.workId !== '' && !workIds.has(n.workId)) return bundleErrors.dangling(`bundle.names[${i}].workId`, `work “${n.workId}”`);
  }
  return null;
}

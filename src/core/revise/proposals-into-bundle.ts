/**
 * A proposal set → records appended to a bundle: for each proposal a new
 * revision (based on the paragraph's current one), its draft → proposed
 * event carrying where it came from and the state the file asked for, and
 * the translator's notes as comments. Nothing is approved and no record is
 * changed: the bundle only grows, so restoring it in the app puts the
 * proposals in the review queue.
 */
import type { Bundle } from '../bundle/bundle-types.ts';
import type { IdFactory } from '../ids.ts';
import { err, ok, pxError, type PxError, type Result } from '../result.ts';
import type { Revision, RevisionComment, Timestamp, TransitionEvent } from '../workflow/revision.ts';
import type { ProposalSet } from './proposal-set.ts';

export interface IntoBundleOptions {
  readonly workId: string;
  readonly author: string;
  readonly at: Timestamp;
  readonly ids: IdFactory;
  /** Where the revised text came from, e.g. `revised.xlf`: said in each proposal's note. */
  readonly sourceName: string;
}

export type ReviseErrorCode = 'REVISE_UNKNOWN_WORK' | 'REVISE_UNKNOWN_WITNESS' | 'REVISE_NO_AUTHOR';

function reviseError(code: ReviseErrorCode, message: string, hint: string): PxError {
  return pxError(code, message, hint);
}

function noteFor(sourceName: string, stateAsWritten: string | null, requested: string | null): string {
  const state = stateAsWritten ? ` (marked ${stateAsWritten} there${requested === 'approved' ? '; approve it here to accept' : ''})` : '';
  return `Imported from ${sourceName}${state}`;
}

export function proposalsIntoBundle(bundle: Bundle, set: ProposalSet, opts: IntoBundleOptions): Result<Bundle> {
  const author = opts.author.trim();
  if (!author) return err(reviseError('REVISE_NO_AUTHOR', 'The proposals need an author name', 'give --author NAME (the name reviewers will see)'));
  const work = bundle.works.find((w) => w.id === opts.workId);
  if (!work) return err(reviseError('REVISE_UNKNOWN_WORK', `The bundle has no work "${opts.workId}"`, 'choose the bundle or folder the revised text belongs to'));
  const witness = work.witnesses.find((w) => w.id === set.witnessId);
  if (!witness) {
    return err(reviseError('REVISE_UNKNOWN_WITNESS', `Work "${work.id}" has no witness "${set.witnessId}"`, `use one of: ${work.witnesses.map((w) => w.id).join(', ')}`));
  }
  const current = new Map(witness.paragraphs.map((p) => [p.id, p.revisionId]));
  const revisions: Revision[] = [];
  const events: TransitionEvent[] = [];
  const comments: RevisionComment[] = [];
  for (const p of set.proposals) {
    const base = current.get(p.paragraphId);
    if (base === undefined) continue;
    const revision: Revision = {
      id: opts.ids(), workId: work.id, witnessId: witness.id, paragraphId: p.paragraphId, baseRevisionId: base,
      text: p.after, author, createdAt: opts.at, origin: 'edit',
    };
    revisions.push(revision);
    events.push({
      id: opts.ids(), workId: work.id, paragraphId: p.paragraphId, revisionId: revision.id, from: 'draft', to: 'proposed',
      author, at: opts.at, note: noteFor(opts.sourceName, p.stateAsWritten, p.requestedState),
    });
    for (const text of p.notes) comments.push({ id: opts.ids(), workId: work.id, paragraphId: p.paragraphId, revisionId: revision.id, author, at: opts.at, text });
  }
  return ok({
    ...bundle,
    revisions: [...bundle.revisions, ...revisions],
    events: [...bundle.events, ...events],
    comments: [...bundle.comments, ...comments],
  });
}

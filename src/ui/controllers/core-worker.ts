/**
 * Worker entry for the work view's heavy, whole-document jobs: aligning a
 * translation with the original (seconds for 5,000 paragraphs) and running
 * the checks (most of a second). The page keeps scrolling meanwhile.
 */
import { alignWitnesses } from '../../core/alignment/index.ts';
import type { Alignment, WorkAlignment } from '../../core/alignment/types.ts';
import { runChecks, type Finding } from '../../core/checks/index.ts';
import type { Witness, Work } from '../../core/model/work.ts';
import type { NameList } from '../../core/names/index.ts';

export type CoreJob =
  | { readonly kind: 'align'; readonly original: Witness; readonly translation: Witness }
  | { readonly kind: 'checks'; readonly work: Work; readonly alignment: WorkAlignment; readonly names: NameList };

export type CoreResult = { readonly kind: 'align'; readonly alignment: Alignment } | { readonly kind: 'checks'; readonly findings: Finding[] };

export type CoreReply = { readonly ok: true; readonly result: CoreResult } | { readonly ok: false; readonly error: string };

export function runCoreJob(job: CoreJob): CoreResult {
  return job.kind === 'align'
    ? { kind: 'align', alignment: alignWitnesses(job.original, job.translation) }
    : { kind: 'checks', findings: runChecks(job.work, job.alignment, job.names) };
}

// The project's lib is DOM, not WebWorker: describe the two members of the worker scope used here.
const scope = self as unknown as { onmessage: ((e: MessageEvent<CoreJob>) => void) | null; postMessage(reply: CoreReply): void };

scope.onmessage = (e) => {
  try {
    scope.postMessage({ ok: true, result: runCoreJob(e.data) });
  } catch (error) {
    scope.postMessage({ ok: false, error: error instanceof Error ? error.message : String(error) });
  }
};

/**
 * Runs a whole-document job (alignment, checks) in a worker, one worker per
 * job; where a module worker cannot start, on this thread after a yield.
 * Aborting terminates the worker, so a work closed mid-job stops costing CPU.
 */
import type { Alignment, WorkAlignment } from '../../core/alignment/types.ts';
import type { Finding } from '../../core/checks/index.ts';
import type { Witness, Work } from '../../core/model/work.ts';
import type { NameList } from '../../core/names/index.ts';
import { runCoreJob, type CoreJob, type CoreReply, type CoreResult } from './core-worker.ts';
import { yieldToBrowser } from './run-in-slices.ts';

function startWorker(): Worker | null {
  try {
    return new Worker(new URL('./core-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
}

async function runJob(job: CoreJob, signal: AbortSignal): Promise<CoreResult> {
  const worker = startWorker();
  if (!worker) {
    await yieldToBrowser();
    signal.throwIfAborted();
    return runCoreJob(job);
  }
  try {
    return await new Promise<CoreResult>((resolve, reject) => {
      const stop = (): void => reject(signal.reason);
      signal.addEventListener('abort', stop, { once: true });
      worker.onmessage = (e: MessageEvent<CoreReply>) => {
        signal.removeEventListener('abort', stop);
        if (e.data.ok) resolve(e.data.result);
        else reject(new Error(e.data.error));
      };
      // A worker that cannot load its module falls back to this thread.
      worker.onerror = (e) => {
        e.preventDefault();
        signal.removeEventListener('abort', stop);
        if (signal.aborted) return;
        try {
          resolve(runCoreJob(job));
        } catch (error) {
          reject(error);
        }
      };
      worker.postMessage(job);
    });
  } finally {
    worker.terminate();
  }
}

export async function alignInBackground(original: Witness, translation: Witness, signal: AbortSignal): Promise<Alignment> {
  const r = await runJob({ kind: 'align', original, translation }, signal);
  if (r.kind !== 'align') throw new Error('the worker answered another job');
  return r.alignment;
}

export async function checksInBackground(work: Work, alignment: WorkAlignment, names: NameList, signal: AbortSignal): Promise<Finding[]> {
  const r = await runJob({ kind: 'checks', work, alignment, names }, signal);
  if (r.kind !== 'checks') throw new Error('the worker answered another job');
  return r.findings;
}

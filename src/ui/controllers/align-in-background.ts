/**
 * Aligns a translation with the original in a worker; where workers cannot
 * start (an old test environment), on the main thread after a yield. Aborting
 * terminates the worker, so a work closed mid-alignment stops costing CPU.
 */
import { alignWitnesses } from '../../core/alignment/index.ts';
import type { Alignment } from '../../core/alignment/types.ts';
import type { Witness } from '../../core/model/work.ts';
import type { AlignReply, AlignRequest } from './align-worker.ts';
import { yieldToBrowser } from './run-in-slices.ts';

function startWorker(): Worker | null {
  try {
    return new Worker(new URL('./align-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
}

export async function alignInBackground(original: Witness, translation: Witness, signal: AbortSignal): Promise<Alignment> {
  const worker = startWorker();
  if (!worker) {
    await yieldToBrowser();
    signal.throwIfAborted();
    return alignWitnesses(original, translation);
  }
  try {
    return await new Promise<Alignment>((resolve, reject) => {
      const stop = (): void => reject(signal.reason);
      signal.addEventListener('abort', stop, { once: true });
      worker.onmessage = (e: MessageEvent<AlignReply>) => {
        signal.removeEventListener('abort', stop);
        if ('alignment' in e.data) resolve(e.data.alignment);
        else reject(new Error(e.data.error));
      };
      // A worker that cannot load its module (a host without module workers) falls back to this thread.
      worker.onerror = (e) => {
        e.preventDefault();
        signal.removeEventListener('abort', stop);
        if (signal.aborted) return;
        try {
          resolve(alignWitnesses(original, translation));
        } catch (error) {
          reject(error);
        }
      };
      const request: AlignRequest = { id: 1, original, translation };
      worker.postMessage(request);
    });
  } finally {
    worker.terminate();
  }
}

/**
 * Worker entry: aligns one translation with the original off the main
 * thread. A 5,000-paragraph work takes seconds to align; the page keeps
 * scrolling and typing meanwhile.
 */
import { alignWitnesses } from '../../core/alignment/index.ts';
import type { Alignment } from '../../core/alignment/types.ts';
import type { Witness } from '../../core/model/work.ts';

export interface AlignRequest {
  readonly id: number;
  readonly original: Witness;
  readonly translation: Witness;
}

export type AlignReply = { readonly id: number; readonly alignment: Alignment } | { readonly id: number; readonly error: string };

// The project's lib is DOM, not WebWorker: describe the two members of the worker scope used here.
const scope = self as unknown as { onmessage: ((e: MessageEvent<AlignRequest>) => void) | null; postMessage(reply: AlignReply): void };

scope.onmessage = (e) => {
  const { id, original, translation } = e.data;
  try {
    scope.postMessage({ id, alignment: alignWitnesses(original, translation) });
  } catch (error) {
    scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};

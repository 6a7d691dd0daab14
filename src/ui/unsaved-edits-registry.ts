/**
 * Who holds unsaved edits. The update banner and `beforeunload` ask `any()`;
 * an editor registers a probe and removes it when it disconnects.
 */
import type { UnsavedEdits } from './contexts.ts';

export class UnsavedEditsRegistry implements UnsavedEdits {
  private readonly probes = new Set<() => boolean>();

  register(hasUnsaved: () => boolean): () => void {
    this.probes.add(hasUnsaved);
    return () => {
      this.probes.delete(hasUnsaved);
    };
  }

  any(): boolean {
    for (const p of this.probes) {
      try {
        if (p()) return true;
      } catch {
        // A broken probe must not unlock a reload over edits: treat it as unsaved.
        return true;
      }
    }
    return false;
  }
}

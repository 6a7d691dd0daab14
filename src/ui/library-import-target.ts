/**
 * The library's side of an import: storage for the works, the library's
 * dialogs for the person's answers, and the one error reporter. An update
 * says what it did through `onUpdated` (the library shows it as the batch's
 * notice).
 */
import { err, ok, pxError, type PxError } from '../core/result.ts';
import type { EditorIdentity, ErrorReporter, PxStorage } from './contexts.ts';
import type { ImportTarget } from './import-files-controller.ts';
import type { PxPairingDialog } from './px-pairing-dialog.ts';
import type { PxReimportDialog } from './px-reimport-dialog.ts';
import { updateInWords, updateStoredWork } from './work-text-changes.ts';

export const editorNameNeeded = (): PxError =>
  pxError('UI_EDITOR_NAME_NEEDED', 'Replacing a text makes revisions, and every revision is signed with the editor’s name', 'set your name, then try again');

export interface LibraryImportServices {
  readonly storage: PxStorage;
  readonly reporter: ErrorReporter;
  readonly editor: EditorIdentity | undefined;
  readonly pairing: PxPairingDialog;
  readonly reimport: PxReimportDialog;
  onUpdated(workId: string, notice: string): void;
  /** Asks which encoding a file is in, when detection is unsure. */
  readonly chooseEncoding: NonNullable<ImportTarget['chooseEncoding']>;
}

export function libraryImportTarget({ storage, reporter, editor, pairing, reimport, onUpdated, chooseEncoding }: LibraryImportServices): ImportTarget {
  const live = () => storage.works.listWorks();
  return {
    takenIds: async () => new Set([...(await live()), ...(await storage.works.listRemovedWorks())].map((w) => w.id)),
    existing: async (id) => {
      const found = (await live()).find((w) => w.id === id);
      return found ? { id: found.id, title: found.title ?? found.id, witnessIds: found.witnessIds } : null;
    },
    store: async (work) => {
      const r = await storage.works.importWork(work);
      return r.ok ? ok({ id: r.value.id }) : r;
    },
    update: async (existingId, work, sourceName) => {
      if (!(await editor?.ensureName())) return err(editorNameNeeded());
      const r = await updateStoredWork(storage, existingId, work, sourceName);
      if (!r.ok) return r;
      const title = (await live()).find((w) => w.id === existingId)?.title ?? existingId;
      onUpdated(existingId, `Updated “${title}” from ${sourceName}: ${updateInWords(r.value)}.`);
      return ok({ id: r.value.id });
    },
    choosePairing: (proposal, inputs) => pairing.ask(proposal, inputs),
    chooseReimport: (existing, _incoming, sourceName) => reimport.ask(existing, sourceName),
    storeBundle: async (text) => {
      const r = await storage.backup.importBundleText(text, { mode: 'merge' });
      return r.ok ? ok(r.value.works) : r;
    },
    report: (e) => reporter.report(e),
    chooseEncoding,
  };
}

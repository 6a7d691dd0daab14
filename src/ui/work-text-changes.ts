/**
 * The library's changes to a stored work's texts, each ending in the words
 * of its notice: add a translation from a file, replace one text by a new
 * version, and "Update" for a work imported again.
 *
 * Update: each text the library has is replaced
 * by its new version (as revisions, so every earlier text stays in the
 * history); a translation the library lacks is added. Texts are matched by
 * id (the importer derives ids from the file names, so the same files give
 * the same ids); an original under another id replaces the stored original.
 */
import { freeName, stemAndTagOf, withWitnessId } from '../core/import/index.ts';
import type { Witness, Work } from '../core/model/work.ts';
import { ok, type PxError, type Result } from '../core/result.ts';
import type { PxStorage } from './contexts.ts';

export interface UpdateSummary {
  readonly id: string;
  readonly changed: number;
  readonly added: number;
  readonly emptied: number;
  /** Labels of the texts that were new to the work. */
  readonly newTexts: readonly string[];
}

function storedCounterpart(stored: Work, incoming: Witness): Witness | undefined {
  return stored.witnesses.find((w) => w.id === incoming.id) ??
    (incoming.role === 'original' ? stored.witnesses.find((w) => w.role === 'original') : undefined);
}

export async function updateStoredWork(storage: PxStorage, existingId: string, work: Work, sourceName: string): Promise<Result<UpdateSummary, PxError>> {
  const stored = await storage.works.loadWork(existingId);
  if (!stored.ok) return stored;
  const totals = { changed: 0, added: 0, emptied: 0 };
  const newTexts: string[] = [];
  for (const witness of work.witnesses) {
    const counterpart = storedCounterpart(stored.value, witness);
    if (counterpart) {
      const r = await storage.texts.replaceText({ workId: existingId, witnessId: counterpart.id, paragraphs: witness.paragraphs, note: `Replaced from ${sourceName}` });
      if (!r.ok) return r;
      totals.changed += r.value.changed;
      totals.added += r.value.added;
      totals.emptied += r.value.emptied;
    } else {
      const r = await storage.texts.addWitness(existingId, { ...witness, role: 'translation' });
      if (!r.ok) return r;
      newTexts.push(witness.label);
    }
  }
  return ok({ id: existingId, ...totals, newTexts });
}

/** "3 paragraphs changed, 1 added" — what an update did, for the notice. */
export function updateInWords(s: Omit<UpdateSummary, 'id'>): string {
  const parts = [
    s.changed ? `${s.changed} paragraph${s.changed === 1 ? '' : 's'} changed` : '',
    s.added ? `${s.added} added` : '',
    s.emptied ? `${s.emptied} emptied` : '',
    s.newTexts.length ? `new text${s.newTexts.length === 1 ? '' : 's'}: ${s.newTexts.join(', ')}` : '',
  ].filter(Boolean);
  return parts.length ? `${parts.join(', ')}; the earlier texts are in the history` : 'nothing had changed';
}

/** The file's text becomes one more translation of `work`, its id from the file name (`x.ru.txt` → `ru`) or its language. */
export async function addTranslationFrom(storage: PxStorage, work: Work, read: Witness, fileName: string): Promise<Result<string, PxError>> {
  const taken = new Set(work.witnesses.map((w) => w.id));
  const id = freeName((stemAndTagOf(fileName).tag ?? read.lang).replace(/[^\w.-]/g, '-').replace(/^[^A-Za-z]+/, '') || 'text', taken);
  const added = await storage.texts.addWitness(work.id, withWitnessId(read, id, 'translation'));
  return added.ok ? ok(`Added “${read.label}” to “${work.meta.title ?? work.id}” as a translation.`) : added;
}

/** One text of `work` replaced by the file's version, as revisions. */
export async function replaceTextFrom(storage: PxStorage, work: Work, witness: Witness, read: Witness, fileName: string): Promise<Result<string, PxError>> {
  const r = await storage.texts.replaceText({ workId: work.id, witnessId: witness.id, paragraphs: read.paragraphs, note: `Replaced from ${fileName}` });
  return r.ok ? ok(`Replaced “${witness.label}” of “${work.meta.title ?? work.id}” from ${fileName}: ${updateInWords({ ...r.value, newTexts: [] })}.`) : r;
}

/**
 * Any revised version of one translation → its proposals. The file says what
 * it is: a Word file (ZIP), XLIFF 2.0 or 1.2, TMX, TEI (the witness of the
 * same id, else the same language), or plain text in any encoding. Files
 * that name their work (XLIFF `original`, TMX `x-work`) must name this one.
 * Shared by `parallax import --into` and the app's "Import a revised
 * version…" dialog.
 */
import { decodeText } from '../import/decode-text.ts';
import { importPlainText } from '../import/import-plain-text.ts';
import { readDocx } from '../import-docx/read-docx.ts';
import { readTei } from '../import-tei/read-tei.ts';
import { readTmx } from '../import-tmx/read-tmx.ts';
import { readXliff } from '../import-xliff/read-xliff.ts';
import type { ReturnedFile } from '../import-xliff/returned-units.ts';
import type { Witness, Work } from '../model/work.ts';
import { err, ok, pxError, type PxError, type Result } from '../result.ts';
import type { ProposalSet } from './proposal-set.ts';
import { returnedToProposals } from './returned-to-proposals.ts';
import { revisedToProposals } from './revised-to-proposals.ts';

export type RevisedFormat = 'docx' | 'xliff-2.0' | 'xliff-1.2' | 'tmx-1.4' | 'tei' | 'text';

export interface RevisedVersion {
  readonly format: RevisedFormat;
  readonly set: ProposalSet;
  /** Said to the person, not failing the import: tracked changes read as accepted. */
  readonly warnings: readonly PxError[];
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/**
 * The root element's local name, past the declaration, comments, a BOM and a
 * DOCTYPE (which the format's reader then refuses with its own code).
 */
const XML_ROOT = /^\uFEFF?\s*(?:<\?xml[^>]*\?>\s*)?(?:(?:<!--[\s\S]*?-->|<!DOCTYPE[^>[]*(?:\[[\s\S]*?\])?\s*>)\s*)*<(?:[\w.-]+:)?([\w.-]+)[\s>/]/i;

function fromReturned(name: string, work: Work, witness: Witness, file: Result<ReturnedFile, PxError>): Result<RevisedVersion, PxError> {
  if (!file.ok) return file;
  if (file.value.workId && file.value.workId !== work.id) {
    return err(pxError('REVISE_WRONG_WORK', `${name} was exported from work "${file.value.workId}", not "${work.id}"`, 'choose the file exported from this work, or import it into the work it names'));
  }
  return ok({ format: file.value.format, set: returnedToProposals(witness, file.value), warnings: [] });
}

export async function readRevisedVersion(name: string, bytes: Uint8Array, work: Work, witness: Witness): Promise<Result<RevisedVersion, PxError>> {
  if (ZIP_MAGIC.every((b, i) => bytes[i] === b)) {
    const docx = await readDocx(name, bytes);
    if (!docx.ok) return docx;
    const paragraphs = docx.value.paragraphs.map((p) => ({ text: p.text, notes: p.notes.filter((n) => n.kind === 'comment').map((n) => (n.author ? `${n.author}: ${n.text}` : n.text)) }));
    return ok({ format: 'docx', set: revisedToProposals(witness, paragraphs), warnings: docx.value.warnings });
  }
  const decoded = decodeText(bytes, { name });
  if (!decoded.ok) return decoded;
  const text = decoded.value.text;
  const root = XML_ROOT.exec(text.slice(0, 4096))?.[1];
  if (root === 'xliff') return fromReturned(name, work, witness, readXliff(text));
  if (root === 'tmx') return fromReturned(name, work, witness, readTmx(text, { targetLang: witness.lang }));
  if (root === 'TEI') {
    const tei = readTei(text);
    if (!tei.ok) return tei;
    const same = tei.value.work.witnesses.find((w) => w.id === witness.id) ?? tei.value.work.witnesses.find((w) => w.lang === witness.lang && w.role === witness.role);
    if (!same) return err(pxError('REVISE_UNKNOWN_WITNESS', `${name} has no text in ${witness.lang} to compare with ${witness.id}`, 'choose the TEI file that holds this translation'));
    return ok({ format: 'tei', set: revisedToProposals(witness, same.paragraphs.map((p) => p.text)), warnings: [] });
  }
  if (root !== undefined || /^\uFEFF?\s*<[?!]/.test(text)) return err(pxError('REVISE_UNKNOWN_FORMAT', `${name} is XML with ${root ? `a <${root}> root` : 'no root Parallax can find'}, not XLIFF, TMX or TEI`, 'choose a revised .docx, .xlf, .tmx, TEI or plain-text file'));
  const revised = importPlainText(text, {
    name, witnessId: witness.id, lang: witness.lang, role: witness.role, label: witness.label,
    firstLineIsTitle: witness.paragraphs[0]?.kind === 'heading',
  });
  if (!revised.ok) return revised;
  return ok({ format: 'text', set: revisedToProposals(witness, revised.value.paragraphs.map((p) => p.text)), warnings: [] });
}

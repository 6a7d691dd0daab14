/**
 * Several texts imported together are usually one document and its
 * translations: `x.zh.txt` + `x.en.txt`, `spring.zh.txt` + `spring.en.txt`,
 * or just `zh.txt` + `en.txt`. This proposes one work from them — the
 * original chosen by language (the Chinese when one is Chinese), each text
 * named from its file — and, once the person has confirmed or changed the
 * choice, builds it. Pure: the app asks the person in between.
 */
import { emptyMeta, paragraphId, WORK_FORMAT, WORK_VERSION, type Witness, type Work, type WorkMeta } from '../model/work.ts';
import { LANGUAGE_TAG } from './build-witness.ts';
import { workIdFromName } from './import-file.ts';

/** One imported file: its name and the one-text work the importer made of it. */
export interface PairInput {
  readonly name: string;
  readonly work: Work;
}

export interface PairMember {
  /** Index into the inputs. */
  readonly index: number;
  readonly name: string;
  readonly witnessId: string;
  readonly lang: string;
  readonly label: string;
  /** Proposed as part of the work: a `.txt` that is not a README, licence or notice. */
  readonly include: boolean;
}

export interface PairingProposal {
  readonly workId: string;
  readonly title: string | null;
  readonly members: readonly PairMember[];
  /** Index (into the inputs) of the proposed original; null when no text is Chinese and the person must choose. */
  readonly originalIndex: number | null;
}

/** Language tags a file name may carry before its extension: `x.zh.txt`, `x.zh-Hant.txt`, `en.txt`, `x_en.txt`. */
const NAME_TAG = /(?:^|[._-])([a-z]{2,3}(?:-[A-Za-z]{4})?(?:-[A-Za-z]{2}|-\d{3})?)$/;
/** Primary subtags a file name may carry; other short words (`ch1`, `doc`, `new`) are not languages. */
const KNOWN_PRIMARY = new Set([
  'zh', 'en', 'ru', 'de', 'fr', 'ja', 'ko', 'pl', 'hu', 'cs', 'sk', 'vi', 'mn', 'ro', 'bg', 'es', 'it', 'sr', 'sq', 'ar', 'fa',
  'hi', 'pt', 'uk', 'sh', 'he', 'tr', 'nl', 'sv', 'da', 'fi', 'no', 'nb', 'el', 'la', 'lt', 'lv', 'et', 'ka', 'hy', 'kk', 'uz', 'bo', 'ug',
]);

/** Files a folder holds beside its texts: proposed to be left out (the person can still include them). */
const NOT_A_TEXT = /^(readme|licen[cs]e|notice|copying|changelog|authors)\b/i;
const TEXT_EXTENSION = /\.(txt|text)$/i;

export function looksLikeText(name: string): boolean {
  const base = baseName(name);
  return TEXT_EXTENSION.test(base) && !NOT_A_TEXT.test(base);
}

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() || path;
}

/** `spring.zh.txt` → `{ stem: 'spring', tag: 'zh' }`; `zh.txt` → `{ stem: '', tag: 'zh' }`; `notes.txt` → `{ stem: 'notes', tag: null }`. */
export function stemAndTagOf(name: string): { stem: string; tag: string | null } {
  const base = baseName(name).replace(/\.(txt|text|md)$/i, '');
  const m = NAME_TAG.exec(base);
  const tag = m?.[1];
  if (!m || !tag || !KNOWN_PRIMARY.has(tag.split('-')[0] ?? '') || !LANGUAGE_TAG.test(tag)) return { stem: base, tag: null };
  return { stem: base.slice(0, m.index).replace(/[._-]+$/, ''), tag };
}

/** The tag a file name gives, made as specific as the text's own script allows (`zh` + Han text → `zh-Hans`). */
function languageOf(nameTag: string | null, guessed: string): string {
  if (!nameTag) return guessed;
  const primary = (t: string) => t.split('-')[0]?.toLowerCase();
  return primary(nameTag) === primary(guessed) && guessed.length > nameTag.length ? guessed : nameTag;
}

/** `base`, or `base-2`, `base-3`… whichever is not in `taken`. */
export function freeName(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** The longest stem the names share (`spring`), else the folder's name, else a generic id. */
function sharedStem(stems: readonly string[], folder: string | undefined): string {
  const first = stems[0] ?? '';
  if (first !== '' && stems.every((s) => s === first)) return first;
  return folder ? baseName(folder) : '';
}

/**
 * Proposes one work from two or more one-text works. Only plain texts and
 * archive exports pair (a bundle or a work file is a work already).
 * `folder`: the folder they were chosen in, for the work's id when the
 * names share no stem.
 */
export function proposePairing(inputs: readonly PairInput[], folder?: string): PairingProposal | null {
  if (inputs.length < 2 || inputs.some((i) => i.work.witnesses.length !== 1)) return null;
  const taken = new Set<string>();
  const parts = inputs.map((i) => ({ ...stemAndTagOf(i.name), input: i }));
  const member = ({ tag, input }: (typeof parts)[number], index: number): PairMember => {
    const witness = input.work.witnesses[0] as Witness;
    const lang = languageOf(tag, witness.lang);
    const witnessId = freeName((tag ?? lang).replace(/[^\w.-]/g, '-').replace(/^[^A-Za-z]+/, '') || 'text', taken);
    taken.add(witnessId);
    return { index, name: baseName(input.name), witnessId, lang, label: witness.label, include: looksLikeText(input.name) };
  };
  // Files whose names carry a tag claim it first: `en.txt` stays `en` beside an untagged English README.
  const tagged = new Map(parts.map((p, i) => [i, p] as const).filter(([, p]) => p.tag !== null).map(([i, p]) => [i, member(p, i)]));
  const members = parts.map((p, i) => tagged.get(i) ?? member(p, i));
  // Nothing proposed (every name looks like a README): propose them all rather than an empty work.
  const proposed = members.some((m) => m.include) ? members : members.map((m) => ({ ...m, include: true }));
  const chinese = proposed.find((m) => m.include && m.lang.toLowerCase().startsWith('zh'));
  const included = proposed.filter((m) => m.include);
  const stem = sharedStem(included.map((m) => parts[m.index]?.stem ?? ''), folder);
  const workId = stem ? workIdFromName(stem) : 'imported-work';
  return { workId, title: stem || null, members: proposed, originalIndex: chinese?.index ?? null };
}

/**
 * The work's title: the original's own, else the first an included text
 * gives, else the proposal's (the shared stem of the file names).
 */
export function pairedTitle(inputs: readonly PairInput[], proposal: PairingProposal, originalIndex: number | null, include: ReadonlySet<number>): string | null {
  const original = originalIndex === null ? null : inputs[originalIndex]?.work.meta.title;
  const others = proposal.members.filter((m) => include.has(m.index)).map((m) => inputs[m.index]?.work.meta.title);
  return original ?? others.find((t): t is string => !!t) ?? proposal.title;
}

/** A witness under a new id: its paragraph ids follow (`${witnessId}-p${n}`), so a later re-import matches them. */
export function withWitnessId(witness: Witness, id: string, role: Witness['role']): Witness {
  return { ...witness, id, role, paragraphs: witness.paragraphs.map((p, i) => ({ ...p, id: paragraphId(id, i + 1) })) };
}

/**
 * Builds the confirmed work: `originalIndex` is the person's choice; the
 * others become translations. `include` (indices) leaves the rest out — a
 * folder may hold a README or a licence beside the texts.
 */
export function pairedWork(inputs: readonly PairInput[], proposal: PairingProposal, originalIndex: number, include?: ReadonlySet<number>): Work {
  const chosen = include ?? new Set(proposal.members.filter((m) => m.include).map((m) => m.index));
  const members = proposal.members.filter((m) => m.index === originalIndex || chosen.has(m.index));
  const witnesses = members.map((m) => {
    const source = inputs[m.index]?.work.witnesses[0] as Witness;
    return { ...withWitnessId(source, m.witnessId, m.index === originalIndex ? 'original' : 'translation'), lang: m.lang, label: m.label };
  });
  // The original first, as a hand-written work.json would list it.
  witnesses.sort((a, b) => (a.role === b.role ? 0 : a.role === 'original' ? -1 : 1));
  // An archive export brings date, reference and citation: the first one's meta describes the document.
  const described = members.map((m) => inputs[m.index]?.work.meta).find((m) => m && (m.citation || m.archiveRef || m.date));
  const meta: WorkMeta = { ...emptyMeta(), ...(described ?? {}), title: pairedTitle(inputs, proposal, originalIndex, chosen) };
  const notes = members.map((m) => inputs[m.index]?.work.notes).filter((n): n is string => !!n);
  return { format: WORK_FORMAT, version: WORK_VERSION, id: proposal.workId, meta, witnesses, notes: notes.length ? notes.join('\n\n') : null };
}

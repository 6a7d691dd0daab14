/**
 * Names of the authority list in the original with no counterpart in the
 * translation, and names the translation writes in a known variant form
 * (`Ba-ke-tu [sic]` for Bakhty: info, not an error).
 */
import { findKnownNames, type NameOccurrence } from '../names/find-known-names.ts';
import { unknownCandidates } from '../names/find-name-candidates.ts';
import { latinEntryKeys } from '../names/latin-entry-keys.ts';
import { latinKey } from '../names/latin-key.ts';
import { findNameInconsistencies } from '../names/name-inconsistencies.ts';
import type { NameEntry, NameList } from '../names/name-list.ts';
import type { Paragraph, Witness } from '../model/work.ts';
import type { Finding } from './finding.ts';
import { marksOf, type MarkCache, type RowCell } from './row-paragraphs.ts';

export interface Located extends NameOccurrence {
  readonly paragraphId: string;
}

/** Names per paragraph for one run of the checks (one list): the original's paragraphs meet every translation. */
export type NameCache = Map<Paragraph, readonly Located[]>;

function occurrences(cell: RowCell, list: NameList, cache: NameCache, marks?: MarkCache): Located[] {
  return cell.paragraphs.flatMap((p) => {
    let found = cache.get(p);
    if (!found) {
      // Fields written out, not spread (one object per name occurrence); same fields, same order.
      found = findKnownNames(p.text, list, marksOf(p, marks)).map((o): Located => (o.mark === undefined
        ? { entryId: o.entryId, formKind: o.formKind, start: o.start, end: o.end, text: o.text, paragraphId: p.id }
        : { entryId: o.entryId, formKind: o.formKind, start: o.start, end: o.end, text: o.text, mark: o.mark, paragraphId: p.id }));
      cache.set(p, found);
    }
    return found;
  });
}

function levenshtein(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length] ?? 0;
}

/**
 * Close enough to be a misspelling: one edit in three letters. Only asked when
 * the name is otherwise missing, so a loose match changes the message, never
 * whether there is a finding.
 */
function closeTo(key: string, keys: ReadonlySet<string>): boolean {
  for (const k of keys) if (Math.abs(k.length - key.length) <= 2 && levenshtein(k, key) <= Math.max(1, Math.floor(k.length / 3))) return true;
  return false;
}

function nameOf(entry: NameEntry): string {
  return entry.original ? `${entry.canonical} (${entry.original})` : entry.canonical;
}

function knownForms(entry: NameEntry): string {
  return [entry.canonical, ...entry.variants.filter((v) => /\p{Script=Latin}/u.test(v))].join(', ');
}

export function findNameProblems(row: number, source: RowCell, target: RowCell, list: NameList, cache: NameCache = new Map(), marks?: MarkCache): Finding[] {
  if (source.paragraphs.length === 0 || target.paragraphs.length === 0) return [];
  const entries = new Map(list.entries.map((e) => [e.id, e]));
  const witnessId = target.witness.id;
  const label = target.witness.label;
  const found = occurrences(target, list, cache, marks);
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const s of occurrences(source, list, cache, marks)) {
    const entry = entries.get(s.entryId);
    if (!entry || seen.has(entry.id) || found.some((t) => t.entryId === entry.id)) continue;
    seen.add(entry.id);
    const sourceAt = { sourceParagraphId: s.paragraphId, sourceStart: s.start, sourceEnd: s.end };
    const near = nearMiss(target, found, latinEntryKeys(entry));
    if (near) {
      findings.push({
        rule: 'name-variant', severity: 'warning', row, witnessId, paragraphId: near.paragraphId, start: near.start, end: near.end, ...sourceAt,
        message: `“${near.text}” in ${label} looks like ${nameOf(entry)} but is not a known form (${knownForms(entry)}): use one of those, or add it to names.json as a variant.`,
      });
    } else {
      findings.push({
        rule: 'name-missing', severity: 'warning', row, witnessId, paragraphId: target.paragraphs[0]?.id, ...sourceAt,
        message: `The original names ${nameOf(entry)} (“${s.text}”) here; ${label} has no form of it in this row (${knownForms(entry)}): check whether it was left out.`,
      });
    }
  }
  const reported = new Set<string>();
  for (const t of found) {
    const entry = entries.get(t.entryId);
    if (!entry || t.formKind !== 'variant' || reported.has(`${entry.id}\u0000${t.text}`)) continue;
    reported.add(`${entry.id}\u0000${t.text}`);
    findings.push({
      rule: 'name-variant', severity: 'info', row, witnessId, paragraphId: t.paragraphId, start: t.start, end: t.mark?.end ?? t.end,
      message: variantMessage(t, entry),
    });
  }
  return findings;
}

function variantMessage(t: NameOccurrence, entry: NameEntry): string {
  const known = `a known variant of ${nameOf(entry)}`;
  if (t.mark?.kind === 'sic') return `“${t.text} [sic]” is ${known}, kept as in the source; the edition’s form is ${entry.canonical}.`;
  if (t.mark?.kind === 'gloss') return `“${t.text}” is ${known}, glossed by the editor as “${t.mark.gloss ?? ''}”; the edition’s form is ${entry.canonical}.`;
  return `“${t.text}” is ${known}; the edition’s form is ${entry.canonical}.`;
}

function nearMiss(target: RowCell, found: readonly NameOccurrence[], keys: ReadonlySet<string>): (NameOccurrence & { paragraphId: string }) | { paragraphId: string; start: number; end: number; text: string } | undefined {
  for (const p of target.paragraphs) {
    const known = found.filter((o) => (o as Located).paragraphId === p.id);
    for (const c of unknownCandidates(p.text, target.witness.lang, known)) {
      if (closeTo(latinKey(c.text), keys)) return { paragraphId: p.id, start: c.start, end: c.end, text: c.text };
    }
  }
  return undefined;
}

/** One finding per name a witness spells two ways, on the row where the second spelling first appears. */
export function findInconsistentNames(witness: Witness, list: NameList, rowOf: ReadonlyMap<string, number>, cache: NameCache = new Map(), marks?: MarkCache): Finding[] {
  const entries = new Map(list.entries.map((e) => [e.id, e]));
  const cell = { witness, paragraphs: [] as Paragraph[] };
  const occurrencesOf = (p: Paragraph): readonly Located[] => occurrences({ ...cell, paragraphs: [p] }, list, cache, marks);
  return findNameInconsistencies(witness.paragraphs, list, occurrencesOf).map((inc) => {
    const entry = entries.get(inc.entryId);
    const second = inc.forms[1];
    const paragraphId = second?.paragraphIds[0];
    const spelled = inc.forms.map((f) => `“${f.text}” (${f.paragraphIds.join(', ')})`).join(' and ');
    return {
      rule: 'name-inconsistent' as const, severity: 'warning' as const, row: rowOf.get(paragraphId ?? '') ?? 0, witnessId: witness.id,
      ...(paragraphId ? { paragraphId } : {}),
      message: `${witness.label} spells ${entry ? nameOf(entry) : inc.entryId} ${inc.forms.length} ways: ${spelled}. Use one spelling throughout${entry ? ` (the edition’s form is ${entry.canonical})` : ''}.`,
    };
  });
}

/**
 * `parallax align <original> <translation>`: imports both files, aligns the translation to the original and prints the
 * rows (JSON with 0-based unit indices, or a two-column listing).
 */
import { formatError, pxError, type Result } from '../../core/result.ts';
import { decodeText, guessLanguage, importFile } from '../../core/import/index.ts';
import { loadZhEnLexicon } from '../../core/lexicon/index.ts';
import { isCjkLang } from '../../core/text/split-sentences.ts';
import type { Witness } from '../../core/model/work.ts';
import {
  alignSentencesWithin, alignUnits, diagnoseAlignInput, FLAG_THRESHOLD, isOmissionParagraph, type Alignment,
} from '../../core/alignment/index.ts';
import { fail } from '../cli-failure.ts';
import { alignmentProgress } from '../progress.ts';
import { defineCommand } from '../command.ts';
import type { SessionIo } from '../io.ts';
import { escapeLine, quotePath } from '../terminal.ts';

type Units = 'paragraphs' | 'sentences' | 'lines';

interface Side {
  readonly units: string[];
  readonly lang: string;
  readonly omissions: Set<number>;
}

export const command = defineCommand({
  name: 'align',
  summary: 'Aligns a translation with its original and prints the rows, each with its score.',
  positionals: [
    { name: 'original', description: 'the original: a text file, or - for standard input' },
    { name: 'translation', description: 'the translation: a text file' },
  ],
  options: {
    units: { type: 'string', short: 'u', choices: ['paragraphs', 'sentences', 'lines'], default: 'paragraphs', description: 'what one row aligns' },
    'source-lang': { type: 'string', value: '<bcp47>', description: 'the language of the original (detected otherwise)' },
    'target-lang': { type: 'string', value: '<bcp47>', description: 'the language of the translation (detected otherwise)' },
    'source-encoding': { type: 'string', value: '<label>', description: "the original's encoding (checked against its bytes; detected otherwise)" },
    'target-encoding': { type: 'string', value: '<label>', description: "the translation's encoding (checked against its bytes; detected otherwise)" },
    'no-lexicon': { type: 'boolean', description: 'align without the zh–en dictionary' },
    json: { type: 'boolean', description: 'print the rows as JSON (0-based unit indices)' },
  },
  async run({ values, positionals: [sourcePath = '', targetPath = ''], io }) {
    const mode: Units = values.units;
    const source = await loadSide(io, sourcePath, mode, values['source-lang'], values['source-encoding']);
    if (!source.ok) return fail(io, source.error);
    const target = await loadSide(io, targetPath, mode, values['target-lang'], values['target-encoding']);
    if (!target.ok) return fail(io, target.error);
    const langs = { sourceLang: source.value.lang, targetLang: target.value.lang };
    const diagnosis = diagnoseAlignInput(source.value.units, target.value.units, langs);
    const firstError = diagnosis.errors[0];
    if (firstError) return fail(io, firstError);
    for (const w of diagnosis.warnings) io.err(escapeLine(formatError(w).replace(/^error/, 'warning')));
    // The zh–en dictionary is read only when one side is Chinese and the other is not.
    const wantsLexicon = !values['no-lexicon'] && isCjkLang(langs.sourceLang) !== isCjkLang(langs.targetLang);
    const lexicon = wantsLexicon ? await loadZhEnLexicon() : undefined;
    const onPass = alignmentProgress(io, 'parallax align', source.value.units.length, target.value.units.length);
    const opts = { ...langs, sourceOmissions: source.value.omissions, targetOmissions: target.value.omissions, ...(lexicon ? { lexicon } : {}), ...(onPass ? { onPass } : {}) };
    let result: { source: string[]; target: string[]; alignment: Alignment };
    if (mode === 'sentences') {
      const paragraphs = alignUnits(source.value.units, target.value.units, opts);
      result = alignSentencesWithin(paragraphs, source.value.units, target.value.units, opts);
    } else {
      result = { source: source.value.units, target: target.value.units, alignment: alignUnits(source.value.units, target.value.units, opts) };
    }
    if (values.json) io.json(asJson(result));
    else io.out(asListing(result));
    return 0;
  },
});

async function loadSide(io: SessionIo, path: string, mode: Units, lang: string | undefined, encoding: string | undefined): Promise<Result<Side>> {
  const bytes = await io.read(path);
  if (!bytes.ok) return bytes;
  if (mode === 'lines') {
    // Each non-blank line is one unit, exactly as written: the input is already segmented.
    const decoded = decodeText(bytes.value, { name: path, ...(encoding ? { encoding } : {}) });
    if (!decoded.ok) return decoded;
    const lines = decoded.value.text.split(/\r?\n/).filter((l) => l.trim() !== '');
    return { ok: true, value: { units: lines, lang: lang ?? guessLanguage(decoded.value.text), omissions: new Set() } };
  }
  const imported = importFile(path, bytes.value, { ...(lang ? { lang } : {}), ...(encoding ? { encoding } : {}) });
  if (!imported.ok) return imported;
  const witness: Witness | undefined = imported.value.witnesses.find((w) => w.role === 'original') ?? imported.value.witnesses[0];
  if (!witness) return { ok: false, error: pxError('ALIGN_NO_TEXT', `${quotePath(path)} holds no text`, 'choose a file with a text in it') };
  const omissions = new Set<number>();
  witness.paragraphs.forEach((p, k) => {
    if (isOmissionParagraph(p)) omissions.add(k);
  });
  return { ok: true, value: { units: witness.paragraphs.map((p) => p.text), lang: witness.lang, omissions } };
}

function asJson(r: { source: string[]; target: string[]; alignment: Alignment }): unknown {
  return {
    units: { source: r.source, target: r.target },
    rows: r.alignment.rows.map((row) => ({ source: row.source, target: row.target, score: row.score, status: row.status })),
  };
}

const COLUMN = 38;

function clip(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > COLUMN ? flat.slice(0, COLUMN - 1) + '…' : flat;
}

/** Width in terminal cells: CJK characters take two. */
function cells(text: string): number {
  return [...text].reduce((n, c) => n + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(c) ? 2 : 1), 0);
}

function clipCells(text: string, width: number): string {
  let out = '';
  for (const c of text.replace(/\s+/g, ' ')) {
    if (cells(out + c) > width - 1) return out + '…' + ' '.repeat(Math.max(0, width - cells(out) - 1));
    out += c;
  }
  return out + ' '.repeat(Math.max(0, width - cells(out)));
}

function asListing(r: { source: string[]; target: string[]; alignment: Alignment }): string {
  const lines: string[] = [];
  r.alignment.rows.forEach((row, k) => {
    const flag = row.score < FLAG_THRESHOLD ? '!' : ' ';
    const ids = `${row.source.join(',') || '-'}:${row.target.join(',') || '-'}`;
    const left = clipCells(row.source.map((u) => r.source[u] ?? '').join(' '), COLUMN);
    const right = clip(row.target.map((u) => r.target[u] ?? '').join(' '));
    lines.push(`${String(k + 1).padStart(4)} ${flag}${row.score.toFixed(2)} ${ids.padEnd(9)} ${left} │ ${right}`);
  });
  const flagged = r.alignment.rows.filter((row) => row.score < FLAG_THRESHOLD).length;
  lines.push(`${r.alignment.rows.length} rows, ${flagged} flagged (score < ${FLAG_THRESHOLD})`);
  return lines.join('\n');
}

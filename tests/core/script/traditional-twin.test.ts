// The traditional-script twin of the sample: the project's Chinese rendering converted
// here with OpenCC (so it is the project's text in other characters, never the archive's).
// Imported, aligned and checked, it must give what the simplified original gives.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { alignUnits, alignWork } from '../../../src/core/alignment/index.ts';
import { runChecks } from '../../../src/core/checks/run-checks.ts';
import type { Finding } from '../../../src/core/checks/finding.ts';
import { extractQuantities } from '../../../src/core/numbers/extract-quantities.ts';
import { loadWorkFolder } from '../../../src/core/import/index.ts';
import { loadZhEnLexicon } from '../../../src/core/lexicon/index.ts';
import type { Work } from '../../../src/core/model/work.ts';
import { nameTableForRow } from '../../../src/core/names/link-names.ts';
import { parseNameList, type NameList } from '../../../src/core/names/name-list.ts';
import { loadToTraditional } from '../../../src/core/script/convert-script.ts';
import { splitSentences } from '../../../src/core/text/split-sentences.ts';
import { readRepoBytes, readRepoText } from '../../support/files.ts';

const DIR = 'translations/wilson-121617/';
const TWIN_LABEL = 'Traditional-script twin of the Chinese rendering prepared for Parallax (converted by OpenCC) — not the archival original';

interface Manifest { witnesses: Array<Record<string, unknown>> }

/** The sample folder; with `twin`, zh-Hans.txt holds the OpenCC traditional twin as `bytes(twin)` and work.json says zh-Hant. */
async function sampleFolder(twin?: (text: string) => Uint8Array): Promise<Work> {
  const files = new Map<string, Uint8Array>();
  for (const f of ['zh-Hans.txt', 'wilson-121617.en.txt', 'en-parallax.txt']) files.set(f, await readRepoBytes(DIR + f));
  const manifest = JSON.parse(await readRepoText(DIR + 'work.json')) as Manifest;
  if (twin) {
    const toTraditional = await loadToTraditional('tw');
    files.set('zh-Hans.txt', twin(toTraditional(await readRepoText(DIR + 'zh-Hans.txt'))));
    const { encoding: _declared, ...zh } = manifest.witnesses[0] ?? {};
    manifest.witnesses[0] = { ...zh, lang: 'zh-Hant', label: TWIN_LABEL };
  }
  files.set('work.json', new TextEncoder().encode(JSON.stringify(manifest)));
  const work = loadWorkFolder(files);
  if (!work.ok) throw new Error(`${work.error.code}: ${work.error.message}`);
  return work.value;
}

async function names(): Promise<NameList> {
  const r = parseNameList(await readRepoText('translations/names.json'));
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

/** Findings without the Chinese text they may quote: rule, severity, row, witness, paragraph, span. */
function summary(findings: readonly Finding[]): string[] {
  return findings.map((f) => `${f.rule} ${f.severity} row ${f.row} ${f.witnessId} ${f.paragraphId ?? '-'} ${f.start ?? ''}-${f.end ?? ''} ${f.message}`);
}

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('the traditional-script twin of the sample', () => {
  it('is really traditional, the same length paragraph by paragraph, and labelled as the project\'s', async () => {
    const [hans, hant] = [await sampleFolder(), await sampleFolder(utf8)];
    const zh = (w: Work) => w.witnesses[0]?.paragraphs.map((p) => p.text) ?? [];
    assert.equal(hant.witnesses[0]?.lang, 'zh-Hant');
    assert.match(hant.witnesses[0]?.label ?? '', /not the archival original/);
    assert.equal(zh(hant).length, zh(hans).length);
    assert.deepEqual(zh(hant).map((t) => t.length), zh(hans).map((t) => t.length));
    assert.match(zh(hant).join(''), /蘇聯大使.*巴克圖.*霍爾果斯/s);
    assert.notDeepEqual(zh(hant), zh(hans));
  });

  it('aligns to identical rows and gives identical findings (no new number alarms)', async () => {
    const list = await names();
    const hans = await sampleFolder();
    const hant = await sampleFolder(utf8);
    const [aHans, aHant] = [alignWork(hans), alignWork(hant)];
    // Cells, flags and scores: names are read in simplified script, so 部長 and 部长 give the same pinyin.
    const cells = (rows: typeof aHans.rows) => rows.map((r) => ({ cells: r.cells, flagged: r.flagged, score: r.score }));
    assert.deepEqual(cells(aHant.rows), cells(aHans.rows));
    const fHans = runChecks(hans, aHans, list);
    const fHant = runChecks(hant, aHant, list);
    assert.deepEqual(summary(fHant), summary(fHans));
    assert.ok(fHans.length > 0, 'the sample has findings to compare (the archive\'s name variants)');
    assert.equal(fHant.filter((f) => f.rule === 'number-mismatch').length, 0);
  });

  it('reads the same figures in both scripts, paragraph by paragraph', async () => {
    const [hans, hant] = [await sampleFolder(), await sampleFolder(utf8)];
    const figures = (w: Work, lang: string) => (w.witnesses[0]?.paragraphs ?? []).map((p) => extractQuantities(p.text, lang).map((q) => `${q.kind}:${q.value}:${q.start}`));
    const simplified = figures(hans, 'zh-Hans');
    assert.deepEqual(figures(hant, 'zh-Hant'), simplified);
    assert.ok(simplified.flat().includes(`time:18:00:${simplified.flat().find((f) => f.startsWith('time:18:00'))?.split(':')[3] ?? ''}`));
    assert.ok(simplified.flat().some((f) => f.startsWith('temperature:5°C')));
  });

  it('imports from Big5 bytes (detected) to the same work as from UTF-8', async () => {
    const big5 = await readRepoBytes('tests/fixtures/zh-Hant.big5.txt');
    const fromBig5 = await sampleFolder(() => big5);
    const fromUtf8 = await sampleFolder(utf8);
    assert.deepEqual(fromBig5.witnesses[0]?.paragraphs, fromUtf8.witnesses[0]?.paragraphs);
  });

  it('splits into the same sentences and aligns them to the same English sentences with the dictionary', async () => {
    const lexicon = await loadZhEnLexicon();
    const [hans, hant] = [await sampleFolder(), await sampleFolder(utf8)];
    const sentences = (w: Work, id: string, lang: string) => (w.witnesses.find((x) => x.id === id)?.paragraphs ?? []).flatMap((p) => splitSentences(p.text, lang).map((s) => s.text));
    const zhHans = sentences(hans, 'zh', 'zh-Hans');
    const zhHant = sentences(hant, 'zh', 'zh-Hant');
    const en = sentences(hans, 'en-parallax', 'en');
    assert.deepEqual(zhHant.map((s) => s.length), zhHans.map((s) => s.length));
    const rows = (zh: string[], lang: string) => alignUnits(zh, en, { sourceLang: lang, targetLang: 'en', lexicon }).rows.map((r) => `${r.source.join(',')}→${r.target.join(',')}`);
    assert.deepEqual(rows(zhHant, 'zh-Hant'), rows(zhHans, 'zh-Hans'));
  });

  it('links every name of every row in both scripts', async () => {
    const list = await names();
    const [hans, hant] = [await sampleFolder(), await sampleFolder(utf8)];
    const zh = (w: Work) => w.witnesses[0]?.paragraphs ?? [];
    let linked = 0;
    zh(hans).forEach((p, i) => {
      const table = nameTableForRow([
        { witnessId: 'zh-Hans', lang: 'zh-Hans', text: p.text },
        { witnessId: 'zh-Hant', lang: 'zh-Hant', text: zh(hant)[i]?.text ?? '' },
      ], list);
      for (const row of table) {
        assert.ok(row.forms['zh-Hans'] && row.forms['zh-Hant'], `${row.label} in paragraph ${i}: ${JSON.stringify(row.forms)}`);
        if (row.entryId) linked++;
      }
    });
    assert.ok(linked >= 8, `${linked} names of the list linked`);
  });
});

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { runChecks } from '../../../src/core/checks/run-checks.ts';
import type { Finding } from '../../../src/core/checks/finding.ts';
import type { Work } from '../../../src/core/model/work.ts';
import { editWitness, loadSample, replaceIn } from './sample-work.ts';

/** rule / severity / row / witness / paragraph / the text the finding points at. */
function summary(work: Work, findings: readonly Finding[]): string[] {
  const text = new Map(work.witnesses.flatMap((w) => w.paragraphs.map((p) => [p.id, p.text] as const)));
  return findings.map((f) => {
    const at = f.paragraphId && f.start !== undefined ? (text.get(f.paragraphId) ?? '').slice(f.start, f.end) : '';
    return `${f.rule} ${f.severity} row ${f.row} ${f.witnessId} ${f.paragraphId ?? '-'} “${at}”`;
  });
}

describe('runChecks on the sample work', () => {
  it('reports exactly what is really there: the archive translation’s name variants, and nothing else', async () => {
    const { work, alignment, names } = await loadSample();
    const findings = runChecks(work, alignment, names);
    // Read from the texts: the archive (7Brands) writes Ba-ke-tu [sic] / Ba-ke-tu for Bakhty,
    // Huoerguosi [Horgos] for Khorgos, Ma-er-guo-fu [sic] for Margov, Iskhakov Marghub for
    // Marghub Iskhakov and Alma-Ata [Almaty] for Almaty. Every figure (24 April, 22 and
    // 23 April, 6 to 8 p.m., 60 km, 5 °C, 1961) and every name agrees in both translations;
    // brackets and quotes are balanced; the archive's closing [...] answers no original paragraph.
    assert.deepEqual(summary(work, findings), [
      'name-variant info row 3 en-7b en-7b-p5 “Ba-ke-tu [sic]”',
      'name-variant info row 3 en-7b en-7b-p5 “Huoerguosi [Horgos]”',
      'name-variant info row 4 en-7b en-7b-p6 “Ba-ke-tu”',
      'name-variant info row 5 en-7b en-7b-p7 “Ba-ke-tu”',
      'name-variant info row 8 en-7b en-7b-p10 “Ma-er-guo-fu [sic]”',
      'name-variant info row 8 en-7b en-7b-p10 “Iskhakov Marghub”',
      'name-variant info row 8 en-7b en-7b-p10 “Alma-Ata [Almaty]”',
    ]);
    assert.match(findings[0]?.message ?? '', /known variant of Bakhty \(巴克图\), kept as in the source/);
    for (const f of findings) assert.ok(f.message.length > 30);
  });

  it('finds a changed figure, a missing name and a misspelt one', async () => {
    const { work, alignment, names } = await loadSample();
    let edited = editWitness(work, 'en-parallax', replaceIn('en-parallax-p5', '60-kilometre', '50-kilometre'));
    edited = editWitness(edited, 'en-parallax', replaceIn('en-parallax-p8', 'five degrees Celsius', 'seven degrees Celsius'));
    edited = editWitness(edited, 'en-parallax', replaceIn('en-parallax-p4', 'Bakhty and Khorgos areas', 'border areas'));
    edited = editWitness(edited, 'en-parallax', replaceIn('en-parallax-p5', 'west of Bakhty', 'west of Bakhtee'));
    const findings = runChecks(edited, alignment, names).filter((f) => f.witnessId === 'en-parallax');
    assert.deepEqual(summary(edited, findings), [
      'name-missing warning row 3 en-parallax en-parallax-p4 “”',
      'name-missing warning row 3 en-parallax en-parallax-p4 “”',
      'name-variant warning row 4 en-parallax en-parallax-p5 “Bakhtee”',
      'number-mismatch error row 4 en-parallax en-parallax-p5 “50”',
      'number-mismatch error row 7 en-parallax en-parallax-p8 “seven degrees Celsius”',
    ]);
    assert.match(findings[0]?.message ?? '', /Bakhty \(巴克图\)/);
    assert.match(findings[1]?.message ?? '', /Khorgos \(霍尔果斯\)/);
    assert.match(findings[3]?.message ?? '', /The original has 60 \(“六十”\) where .* has 50/);
    assert.equal(findings[0]?.sourceParagraphId, 'zh-p4');
  });

  it('finds an unmarked omission but accepts one marked [...]', async () => {
    const { work, alignment, names } = await loadSample();
    const without = {
      ...work,
      witnesses: work.witnesses.map((w) => (w.id === 'en-parallax' ? { ...w, paragraphs: w.paragraphs.filter((p) => p.id !== 'en-parallax-p7') } : w)),
    };
    const dropped = { ...alignment, rows: alignment.rows.map((r) => ({ ...r, cells: { ...r.cells, 'en-parallax': (r.cells['en-parallax'] ?? []).filter((id) => id !== 'en-parallax-p7') } })) };
    const found = runChecks(without, dropped, names).filter((f) => f.witnessId === 'en-parallax');
    assert.deepEqual(summary(without, found), ['omission-unmarked warning row 6 en-parallax - “”']);
    assert.equal(found[0]?.sourceParagraphId, 'zh-p7');
    // The same gap with a [...] paragraph in the next row is a marked omission.
    const marked = editWitness(without, 'en-parallax', (p) => (p.id === 'en-parallax-p8' ? { ...p, text: `[...] ${p.text}` } : p));
    assert.deepEqual(runChecks(marked, dropped, names).filter((f) => f.witnessId === 'en-parallax'), []);
  });

  it('finds empty and untranslated paragraphs, and unbalanced brackets and quotes', async () => {
    const { work, alignment, names } = await loadSample();
    const zh = new Map(work.witnesses[0]?.paragraphs.map((p) => [p.id, p.text]));
    const edited = editWitness(work, 'en-parallax', (p) => {
      if (p.id === 'en-parallax-p3') return { ...p, text: ' ' };
      if (p.id === 'en-parallax-p6') return { ...p, text: zh.get('zh-p6') ?? '' };
      if (p.id === 'en-parallax-p8') return { ...p, text: p.text.replace('(it was raining', 'it was raining') };
      if (p.id === 'en-parallax-p9') return { ...p, text: p.text.replace('not the man who "received" the crossers', 'not the man who "received the crossers') };
      return p;
    });
    const found = runChecks(edited, alignment, names).filter((f) => f.witnessId === 'en-parallax');
    assert.deepEqual(summary(edited, found), [
      'empty-translation error row 2 en-parallax en-parallax-p3 “”',
      'untranslated error row 5 en-parallax en-parallax-p6 “”',
      'bracket-unbalanced warning row 7 en-parallax en-parallax-p8 “)”',
      'quote-unbalanced warning row 8 en-parallax en-parallax-p9 “"”',
    ]);
  });

  it('reports a name spelled two ways in one translation, and skips names without a list', async () => {
    const { work, alignment, names } = await loadSample();
    const edited = editWitness(work, 'en-parallax', replaceIn('en-parallax-p9', 'has been in Almaty', 'has been in Alma-Ata'));
    const found = runChecks(edited, alignment, names).filter((f) => f.rule === 'name-inconsistent');
    assert.equal(found.length, 1);
    assert.equal(found[0]?.row, 8);
    assert.match(found[0]?.message ?? '', /“Almaty” \(en-parallax-p9\) and “Alma-Ata” \(en-parallax-p9\)/);
    assert.deepEqual(runChecks(work, alignment).filter((f) => f.rule.startsWith('name')), []);
  });
});

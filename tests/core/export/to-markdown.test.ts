import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildEdition } from '../../../src/core/edition/build-edition.ts';
import { markdownText, toMarkdown } from '../../../src/core/export/to-markdown.ts';
import { loadSampleAlignment, loadSampleWork } from '../edition/sample-work.ts';

describe('markdownText', () => {
  it('leaves hyphens, full stops, brackets of prose and ampersands readable', () => {
    for (const t of ['Ba-ke-tu', 'at 3 p.m. on 8 April', 'Mao Zedong (Chairman)!', 'Smith & Co', 'U.S.S.R. — 1962', 'a > b', 'cost: 5 + 3 = 8', 'Item #4']) {
      assert.equal(markdownText(t), t, t);
      assert.equal(markdownText(t, true), t, `${t} at a line start`);
    }
  });

  it('escapes what opens inline markup anywhere: emphasis, code, links, footnotes, HTML, entities, strikethrough, tables', () => {
    assert.equal(markdownText('*bold* and _it_'), '\\*bold\\* and \\_it\\_');
    assert.equal(markdownText('`code`'), '\\`code\\`');
    assert.equal(markdownText('[click](javascript:alert(1))'), '\\[click\\](javascript:alert(1))');
    assert.equal(markdownText('![img](x.png)'), '!\\[img\\](x.png)');
    assert.equal(markdownText('see [^1]'), 'see \\[^1\\]');
    assert.equal(markdownText('<script>alert(1)</script>'), '\\<script>alert(1)\\</script>');
    assert.equal(markdownText('&amp; &#32; & x'), '\\&amp; \\&#32; & x');
    assert.equal(markdownText('~~gone~~ a|b'), '\\~\\~gone\\~\\~ a\\|b');
    assert.equal(markdownText('C:\\path'), 'C:\\\\path');
  });

  it('escapes block markers only where a line starts', () => {
    assert.equal(markdownText('# not a heading', true), '\\# not a heading');
    assert.equal(markdownText('- not a list', true), '\\- not a list');
    assert.equal(markdownText('+ not a list', true), '\\+ not a list');
    assert.equal(markdownText('> not a quote', true), '\\> not a quote');
    assert.equal(markdownText('1962. The year', true), '1962\\. The year');
    assert.equal(markdownText('3) third', true), '3\\) third');
    assert.equal(markdownText('---', true), '\\---');
    assert.equal(markdownText('===', true), '\\===');
    assert.equal(markdownText('    indented', true), '&#32;   indented');
    // The same text in the middle of a line needs nothing.
    assert.equal(markdownText('# - > 1962. ---'), '# - > 1962. ---');
    // After a line break inside the text, block markers count again.
    assert.equal(markdownText('first\n- second\n1. third'), 'first\n\\- second\n1\\. third');
  });

  it('neutralises bidi and control characters', () => {
    assert.equal(markdownText('a\u202Eb'), 'a\u27E6U+202E\u27E7b');
  });
});

describe('toMarkdown on the sample work', () => {
  it('reads as prose: Ba-ke-tu and p.m. unescaped, nothing escaped that Markdown does not need', async () => {
    const work = await loadSampleWork();
    const e = buildEdition(work, await loadSampleAlignment(work));
    assert.ok(e.ok);
    const md = toMarkdown(e.value);
    assert.ok(md.includes('Ba-ke-tu'), 'the name as the archive spells it');
    assert.ok(md.includes('p.m.'));
    // A line-start escape is the only `\\-` or `\\.` allowed; drop it and none may remain.
    const midLine = md.split('\n').map((l) => l.replace(/^(> |- |\[\^\d+\]: )?(\\[-+>=#]|\d+\\[.)])/, '')).filter((l) => /\\[-.!()#+{}]/.test(l));
    assert.deepEqual(midLine, [], 'no escaped hyphen, full stop, bracket or hash inside a line');
    assert.ok(md.startsWith(`# ${e.value.documentNumber}. `));
    assert.ok(md.includes('巴克图'));
    // Every row keeps its anchor and every footnote its definition.
    for (const row of e.value.rows.filter((r) => r.original.paragraphs.length + r.translation.paragraphs.length > 0)) assert.ok(md.includes(`<a id="${row.id}"></a>`));
    for (const f of e.value.footnotes) assert.ok(md.includes(`[^${f.n}]: `), `footnote ${f.n}`);
  });
});

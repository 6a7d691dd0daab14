import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { cli, epubcheck, SAMPLE, SCHEMAS, tempDir, tool, writeTemp } from './run-tool.ts';

const dir = tempDir();

async function exportSample(format: string, extra: string[] = []): Promise<string> {
  const out = path.join(dir, `sample-${format}${extra.length ? '-x' : ''}.${format}`);
  const r = await cli(['export', SAMPLE, '--format', format, '--out', out, ...extra]);
  assert.equal(r.code, 0, r.err);
  return out;
}

const jing = (file: string) => tool('jing', ['-c', path.join(SCHEMAS, 'tei-parallax-subset.rnc'), file]);

describe('every interchange file of the sample work is valid', () => {
  it('TEI against the TEI RELAX NG subset with jing, with and without an apparatus', async () => {
    for (const extra of [[], ['--apparatus']]) {
      const file = await exportSample('tei', extra);
      const r = jing(file);
      assert.equal(r.status, 0, r.stdout + r.stderr);
      const xml = readFileSync(file, 'utf8');
      assert.match(xml, /<div type="original" xml:lang="zh-Hans"/);
      assert.match(xml, /<div type="translation" xml:lang="en"/);
      assert.match(xml, /<linkGrp type="translation"><link target="#zh-p1 #en-7b-p1 #en-7b-p2 #en-parallax-p1"\/>/);
      assert.match(xml, /<choice><sic>Ba-ke-tu<\/sic><corr>Bakhty<\/corr><\/choice>/);
      assert.match(xml, /<gap reason="omitted"><desc>\[\.\.\.\]<\/desc><\/gap>/);
      if (extra.length) assert.match(xml, /<variantEncoding method="parallel-segmentation" location="internal"\/>[\s\S]*<app><lem wit="#wit-en-7b">/);
    }
  });

  it('the TEI schema is not a rubber stamp: a choice with one child and an unknown element fail', () => {
    const bad = readFileSync(path.join(dir, 'sample-tei.tei'), 'utf8')
      .replace('<choice><sic>Ba-ke-tu</sic><corr>Bakhty</corr></choice>', '<choice><sic>Ba-ke-tu</sic></choice><blink>x</blink>');
    const r = jing(writeTemp(dir, 'bad.tei.xml', bad));
    assert.notEqual(r.status, 0);
  });

  it('TMX against the TMX 1.4b DTD, with zh-Hans or the tag the user picks', async () => {
    const file = await exportSample('tmx');
    const r = tool('xmllint', ['--noout', '--dtdvalid', path.join(SCHEMAS, 'tmx14.dtd'), file]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(readFileSync(file, 'utf8'), /srclang="zh-Hans"[\s\S]*<prop type="x-status">imported<\/prop>/);
    const cn = await exportSample('tmx', ['--source-lang', 'zh-CN']);
    assert.match(readFileSync(cn, 'utf8'), /<tuv xml:lang="zh-CN"><seg>正如/);
    assert.equal(tool('xmllint', ['--noout', '--dtdvalid', path.join(SCHEMAS, 'tmx14.dtd'), cn]).status, 0);
  });

  it('XLIFF 2.0 against the core XSD with a local xml.xsd', async () => {
    const file = await exportSample('xliff');
    const r = tool('xmllint', ['--noout', '--nonet', '--schema', path.join(SCHEMAS, 'xliff_core_2.0.xsd'), file]);
    assert.equal(r.status, 0, r.stderr);
    const xml = readFileSync(file, 'utf8');
    assert.match(xml, /<segment id="s\d+" state="translated">/);
    assert.match(xml, /<mrk id="m\d+" type="comment" value="[^"]*Ba-ke-tu[^"]*">\[sic\]<\/mrk>/);
  });

  it('the XLIFF schema bites: state on <target> is rejected', () => {
    const bad = readFileSync(path.join(dir, 'sample-xliff.xliff'), 'utf8').replace('<target xml:space="preserve">', '<target state="final" xml:space="preserve">');
    assert.notEqual(tool('xmllint', ['--noout', '--nonet', '--schema', path.join(SCHEMAS, 'xliff_core_2.0.xsd'), writeTemp(dir, 'bad.xlf', bad)]).status, 0);
  });

  it('EPUB passes epubcheck; footnotes link both ways', async () => {
    const file = await exportSample('epub');
    const r = epubcheck(file);
    assert.equal(r.status, 0, r.stdout + r.stderr);
    const doc = tool('unzip', ['-p', file, 'OEBPS/document.xhtml']).stdout;
    assert.match(doc, /<a epub:type="noteref"[^>]*id="fnref2" href="#fn2">2<\/a>/);
    assert.match(doc, /<aside epub:type="footnote" role="doc-footnote" id="fn2"><p><a href="#fnref2">2\.<\/a>/);
  });

  it('DOCX opens, its document.xml is well-formed and holds the translation and footnotes', async () => {
    const file = await exportSample('docx');
    assert.equal(tool('unzip', ['-t', file]).status, 0);
    const xml = tool('unzip', ['-p', file, 'word/document.xml']).stdout;
    assert.equal(tool('xmllint', ['--noout', '-'], xml).status, 0);
    assert.ok(xml.includes('As instructed, the Embassy of the Soviet Union'));
    assert.ok(xml.includes('w:eastAsia="Noto Serif SC"'));
    const notes = tool('unzip', ['-p', file, 'word/footnotes.xml']).stdout;
    assert.ok(notes.includes('PRC FMA 118-01764-05'));
    assert.match(tool('unzip', ['-p', file, 'word/footer1.xml']).stdout, /NUMPAGES/);
  });

  it('Markdown and JSON', async () => {
    const md = readFileSync(await exportSample('md'), 'utf8');
    assert.match(md, /\[\^1\]: Source: Wilson Center Digital Archive/);
    assert.match(md, /## Index\n\n(- .*\n)*- Bakhty: \[zh-p4\]\(#d1-r4\)/);
    const json = JSON.parse(readFileSync(await exportSample('json'), 'utf8')) as { format: string; witnesses: unknown[] };
    assert.equal(json.format, 'parallax.work');
    assert.equal(json.witnesses.length, 3);
  });
});

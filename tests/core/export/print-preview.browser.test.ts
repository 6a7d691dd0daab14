// Browser only: the app's print glue (src/platform/print/print-preview.ts) and downloads (src/platform/download.ts).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildEdition } from '../../../src/core/edition/build-edition.ts';
import { printHtml } from '../../../src/core/export/print-html.ts';
import { downloadExport, exportFileName } from '../../../src/platform/download.ts';
import { openPrintPreview } from '../../../src/platform/print/print-preview.ts';
import { loadSampleAlignment, loadSampleWork } from '../edition/sample-work.ts';

describe('print preview in the browser', () => {
  it('lays the sample work out with pagedjs and finds the last row on a page', async () => {
    const work = await loadSampleWork();
    const e = buildEdition(work, await loadSampleAlignment(work));
    assert.ok(e.ok);
    const r = await openPrintPreview(printHtml(e.value, { layout: 'synoptic', paper: 'a4' }), { print: false });
    assert.ok(r.ok, r.ok ? '' : r.error.message);
    assert.ok(r.value.pages > 1);
    assert.equal(r.value.lastParagraphId, 'en-7b-p13');
  });
});

describe('print preview, cancelled', () => {
  it('answers EXPORT_ABORTED and leaves no frame behind', async () => {
    const work = await loadSampleWork();
    const e = buildEdition(work, await loadSampleAlignment(work));
    assert.ok(e.ok);
    const controller = new AbortController();
    const pending = openPrintPreview(printHtml(e.value, { layout: 'synoptic', paper: 'a4' }), { print: false, signal: controller.signal });
    controller.abort();
    const r = await pending;
    assert.equal(r.ok ? 'ok' : r.error.code, 'EXPORT_ABORTED');
    assert.equal(document.querySelectorAll('iframe[title="Print preview"]').length, 0);
  });
});

describe('downloadExport', () => {
  it('makes a Blob per format, and sends PDF to the print dialog', async () => {
    const work = await loadSampleWork();
    const alignment = await loadSampleAlignment(work);
    for (const format of ['tei', 'tmx', 'xliff', 'md', 'json', 'docx', 'epub'] as const) {
      const r = await downloadExport(format, work, alignment);
      assert.ok(r.ok, format);
      assert.ok(r.value.size > 1000, format);
    }
    const tei = await downloadExport('tei', work, alignment);
    assert.ok(tei.ok && (await tei.value.text()).includes('<TEI xmlns="http://www.tei-c.org/ns/1.0"'));
    const pdf = await downloadExport('pdf', work, alignment);
    assert.equal(pdf.ok ? 'ok' : pdf.error.code, 'EXPORT_PDF_IN_BROWSER');
    assert.equal(exportFileName(work, 'tei'), 'wilson-121617.tei.xml');
  });
});

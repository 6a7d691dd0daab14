/**
 * Storage in Chromium against real IndexedDB: Vite serves a test page that
 * imports src/storage, playwright-core drives Debian's Chromium, the page
 * measures (tests/storage/fixtures/measure-storage.ts) with raw-idb baselines
 * in the same run.
 */
import type { BenchRow } from './bench.ts';
import { ms, ratio } from './bench.ts';
import { startStoragePage } from '../storage/fixtures/page-server.ts';
import type { StorageFigures } from '../storage/fixtures/measure-storage.ts';

export default async function storageBench(): Promise<BenchRow[]> {
  const env = await startStoragePage();
  try {
    const page = await env.open();
    const f = await page.evaluate(() => (window as unknown as { px: { measureStorage(n: number): Promise<StorageFigures> } }).px.measureStorage(5000));
    const work = `${f.paragraphs.toLocaleString('en')} paragraphs × ${f.witnesses} witnesses`;
    const history = `${f.revisions.toLocaleString('en')} revisions, ${(f.revisions * 2).toLocaleString('en')} events`;
    return [
      { group: 'storage', name: 'save a revision (draft), median of 60', input: work, value: ms(f.saveMedianMs), baseline: `raw idb put ${ms(f.rawPutMedianMs)}`, ratio: ratio(f.saveMedianMs, f.rawPutMedianMs), target: '≤ 5 ms' },
      { group: 'storage', name: 'approve a revision, median of 60', input: work, value: ms(f.approveMedianMs), baseline: `raw idb put ${ms(f.rawPutMedianMs)}`, ratio: ratio(f.approveMedianMs, f.rawPutMedianMs) },
      { group: 'storage', name: 'open work with current texts (loadWork)', input: work, value: ms(f.loadWorkMs), baseline: `raw getAll, 1 record per paragraph ${ms(f.rawGetAllMs)}`, ratio: ratio(f.loadWorkMs, f.rawGetAllMs), target: '≤ 300 ms' },
      { group: 'storage', name: 'open work, fastest of 9 runs', input: work, value: ms(f.loadWorkMinMs), baseline: `raw getAll, fastest ${ms(f.rawGetAllMinMs)}`, ratio: ratio(f.loadWorkMinMs, f.rawGetAllMinMs), target: '≤ 300 ms' },
      { group: 'storage', name: 'raw getAll of the stored chunks (no model)', input: `${Math.ceil(f.paragraphs / 100) * f.witnesses} chunks`, value: ms(f.rawGetAllChunksMs) },
      { group: 'storage', name: 'new connection + loadWork', input: work, value: ms(f.openAndLoadMs), baseline: `raw getAll ${ms(f.rawGetAllMs)}`, ratio: ratio(f.openAndLoadMs, f.rawGetAllMs) },
      { group: 'storage', name: 'history timeline, first page of 50 (new connection)', input: history, value: ms(f.timelineFirstPageMs), baseline: `raw cursor, 50 newest ${ms(f.rawNewest50Ms)}`, ratio: ratio(f.timelineFirstPageMs, f.rawNewest50Ms), target: '≤ 100 ms' },
      { group: 'storage', name: 'paragraph history with word diffs', input: `${(f.revisions / 2000).toFixed(0)} revisions of one paragraph`, value: ms(f.paragraphHistoryMs) },
      { group: 'storage', name: 'approved texts as of a date mid-history', input: history, value: ms(f.asOfMs) },
      { group: 'storage', name: 'approved texts as of a date after the last change', input: history, value: ms(f.asOfRecentMs) },
      { group: 'storage', name: 'export whole workspace bundle', input: history, value: ms(f.exportMs) },
      { group: 'storage', name: 'import work (one transaction)', input: work, value: ms(f.importMs) },
    ];
  } finally {
    await env.close();
  }
}

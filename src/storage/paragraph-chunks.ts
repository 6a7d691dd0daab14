/**
 * Paragraphs with their current texts are stored in chunks of CHUNK_SIZE
 * consecutive paragraphs of one witness. IndexedDB's cost is per record far
 * more than per byte: reading 15,000 paragraph records took 0.5–1.2 s in
 * Chromium, the same data in 150 chunks 80–300 ms (measured on this machine,
 * under load; see tests/bench/storage.bench.ts). A chunk is found from a
 * paragraph id through the multi-entry index `byParagraph`.
 */
import type { ParagraphChunk, ParagraphRecord } from './schema.ts';

/** Paragraphs per chunk: large enough to make loading fast, small enough that rewriting one on approval stays ~1 ms. */
export const CHUNK_SIZE = 100;

export interface ChunkLookup {
  index(name: 'byParagraph'): { get(key: [string, string]): Promise<ParagraphChunk | undefined> };
}

export interface FoundParagraph {
  readonly chunk: ParagraphChunk;
  readonly paragraph: ParagraphRecord;
}

export function chunksOf(paragraphs: readonly ParagraphRecord[]): ParagraphChunk[] {
  const groups = new Map<string, ParagraphRecord[]>();
  for (const p of paragraphs) {
    const key = JSON.stringify([p.workId, p.witnessId, Math.floor(p.ordinal / CHUNK_SIZE)]);
    const list = groups.get(key);
    if (list) list.push(p);
    else groups.set(key, [p]);
  }
  return [...groups.values()].map((list) => {
    const sorted = list.sort((a, b) => a.ordinal - b.ordinal);
    const first = sorted[0] as ParagraphRecord;
    return {
      workId: first.workId, witnessId: first.witnessId, chunk: Math.floor(first.ordinal / CHUNK_SIZE),
      paragraphKeys: sorted.map((p): [string, string] => [p.workId, p.id]),
      paragraphs: sorted,
    };
  });
}

export function paragraphsOfChunks(chunks: readonly ParagraphChunk[]): ParagraphRecord[] {
  return chunks.flatMap((c) => c.paragraphs);
}

export async function findParagraph(store: ChunkLookup, workId: string, paragraphId: string): Promise<FoundParagraph | undefined> {
  const chunk = await store.index('byParagraph').get([workId, paragraphId]);
  const paragraph = chunk?.paragraphs.find((p) => p.id === paragraphId);
  return chunk && paragraph ? { chunk, paragraph } : undefined;
}

/** The chunk with one paragraph replaced (same id). */
export function chunkWith(chunk: ParagraphChunk, next: ParagraphRecord): ParagraphChunk {
  return { ...chunk, paragraphs: chunk.paragraphs.map((p) => (p.id === next.id ? next : p)) };
}

/** The real sample work (translations/wilson-121617) as a fresh bundle under a test's own work id. */
import { readShareInput } from '../../../src/cli/commands/team-input.ts';
import type { Bundle } from '../../../src/core/bundle/bundle-types.ts';
import { nodeIo, sessionIo } from '../../../src/cli/io.ts';

export async function sampleBundle(workId: string): Promise<Bundle> {
  const r = await readShareInput(sessionIo(nodeIo), 'translations/wilson-121617', new Date('2026-01-01T00:00:00Z'));
  if (!r.ok) throw new Error(r.error.message);
  const b = r.value;
  const rename = <T extends { workId: string }>(x: T): T => ({ ...x, workId });
  return { ...b, works: b.works.map((w) => ({ ...w, id: workId })), revisions: b.revisions.map(rename) };
}

/**
 * Asks the browser to keep this site's data under storage pressure. The answer
 * is for the UI to show ("your work is stored persistently" or a warning).
 */
export type PersistenceAnswer = 'persisted' | 'denied' | 'unsupported';

export interface StorageEstimate {
  readonly usage: number | null;
  readonly quota: number | null;
}

export async function requestPersistentStorage(): Promise<PersistenceAnswer> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (!storage?.persist) return 'unsupported';
  try {
    if (await storage.persisted()) return 'persisted';
    return (await storage.persist()) ? 'persisted' : 'denied';
  } catch {
    return 'denied';
  }
}

export async function estimateStorage(): Promise<StorageEstimate> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (!storage?.estimate) return { usage: null, quota: null };
  const e = await storage.estimate();
  return { usage: e.usage ?? null, quota: e.quota ?? null };
}

// Counts the IndexedDB read requests the page makes (every get, getAll, count
// and cursor step, by store and index), by wrapping the browser's own
// IDBObjectStore / IDBIndex / IDBCursor methods while a test runs.
const READS = ['get', 'getAll', 'getAllKeys', 'getKey', 'count', 'openCursor', 'openKeyCursor'] as const;

export interface ReadCounter {
  /** `store:method` or `store.index:method` → how many requests. */
  readonly reads: Map<string, number>;
  total(): number;
  /** Requests on `store` (any index, any method). */
  on(store: string): number;
  stop(): void;
}

export function countReads(): ReadCounter {
  const reads = new Map<string, number>();
  const restore: Array<() => void> = [];
  const add = (key: string) => reads.set(key, (reads.get(key) ?? 0) + 1);
  const wrap = <P extends object>(proto: P, method: string, keyOf: (self: P) => string) => {
    const original = (proto as Record<string, unknown>)[method];
    if (typeof original !== 'function') return;
    (proto as Record<string, unknown>)[method] = function (this: P, ...args: unknown[]) {
      add(`${keyOf(this)}:${method}`);
      return (original as (...a: unknown[]) => unknown).apply(this, args);
    };
    restore.push(() => ((proto as Record<string, unknown>)[method] = original));
  };
  for (const m of READS) {
    wrap(IDBObjectStore.prototype, m, (s) => s.name);
    wrap(IDBIndex.prototype, m, (i) => `${i.objectStore.name}.${i.name}`);
  }
  const cursorKey = (c: IDBCursor) => {
    const src = c.source;
    return src instanceof IDBIndex ? `${src.objectStore.name}.${src.name}` : (src as IDBObjectStore).name;
  };
  wrap(IDBCursor.prototype, 'continue', cursorKey);
  wrap(IDBCursor.prototype, 'advance', cursorKey);
  return {
    reads,
    total: () => [...reads.values()].reduce((a, b) => a + b, 0),
    on: (store) => [...reads].filter(([k]) => k === store || k.startsWith(`${store}:`) || k.startsWith(`${store}.`)).reduce((a, [, n]) => a + n, 0),
    stop: () => restore.forEach((r) => r()),
  };
}

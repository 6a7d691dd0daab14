/**
 * The few PouchDB calls the sync module makes, typed here (PouchDB ships no
 * types of its own). Node passes `pouchdb`, the browser `pouchdb-browser`.
 */
export interface PouchDoc {
  readonly _id: string;
  readonly _rev?: string;
  readonly [key: string]: unknown;
}

export interface PouchBulkResult {
  readonly id: string;
  readonly ok?: boolean;
  readonly error?: boolean | string;
  readonly name?: string;
  readonly status?: number;
}

export interface PouchChanges {
  readonly results: ReadonlyArray<{ readonly id: string; readonly seq: number | string; readonly doc?: PouchDoc; readonly deleted?: boolean }>;
  readonly last_seq: number | string;
}

export interface PouchEmitter {
  on(event: string, listener: (info: unknown) => void): this;
  cancel(): void;
  /** A two-way sync's halves. */
  readonly push?: PouchEmitter;
  readonly pull?: PouchEmitter;
}

export interface PouchDatabase {
  bulkDocs(docs: readonly object[]): Promise<PouchBulkResult[]>;
  get(id: string): Promise<PouchDoc>;
  put(doc: object): Promise<{ ok: boolean; rev: string }>;
  allDocs(opts: { include_docs: true; startkey?: string; endkey?: string; limit?: number; keys?: readonly string[] }): Promise<{ rows: ReadonlyArray<{ id: string; doc?: PouchDoc; error?: string }> }>;
  changes(opts: { since: number | string; include_docs: true; limit?: number }): Promise<PouchChanges>;
  changes(opts: { since: 'now' | number | string; live: true }): PouchEmitter;
  sync(remote: PouchDatabase, opts: { live: true; retry: true; batch_size?: number; back_off_function?: (delay: number) => number }): PouchEmitter;
  info(): Promise<{ doc_count: number; update_seq: number | string }>;
  close(): Promise<void>;
  destroy(): Promise<void>;
}

export interface PouchConstructor {
  new (name: string, opts?: { adapter?: string; skip_setup?: boolean; auth?: { username: string; password: string }; fetch?: unknown }): PouchDatabase;
}

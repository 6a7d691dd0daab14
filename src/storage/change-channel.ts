/**
 * Tells other tabs and windows on the same database what changed, so they
 * refresh instead of editing a stale text. One channel per database name.
 */
export type ChangeMessage =
  | { readonly kind: 'paragraph'; readonly workId: string; readonly paragraphIds: readonly string[] }
  | { readonly kind: 'revision'; readonly workId: string; readonly revisionId: string }
  | { readonly kind: 'comment'; readonly workId: string; readonly revisionId: string }
  | { readonly kind: 'work'; readonly workId: string }
  | { readonly kind: 'alignment'; readonly workId: string; readonly witnessId: string }
  | { readonly kind: 'names'; readonly workId: string }
  | { readonly kind: 'settings'; readonly key: string }
  | { readonly kind: 'workspace' };

export interface ChangeChannel {
  /** Sends to other tabs (never to this one). */
  post(message: ChangeMessage): void;
  /** Receives what other tabs changed; returns an unsubscribe function. */
  subscribe(listener: (message: ChangeMessage) => void): () => void;
  close(): void;
}

export function changeChannelName(dbName: string): string {
  return `parallax-db:${dbName}`;
}

export function openChangeChannel(dbName: string): ChangeChannel {
  // BroadcastChannel exists in every browser we target and in workers; without it (old test shims) tabs just don't hear each other.
  if (typeof BroadcastChannel === 'undefined') return { post() {}, subscribe: () => () => {}, close() {} };
  const channel = new BroadcastChannel(changeChannelName(dbName));
  const listeners = new Set<(m: ChangeMessage) => void>();
  channel.onmessage = (e: MessageEvent<ChangeMessage>) => {
    for (const l of listeners) l(e.data);
  };
  return {
    post: (message) => channel.postMessage(message),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: () => channel.close(),
  };
}

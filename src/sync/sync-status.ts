/** What the badge on a shared work says, in the user's words. */
export type SyncStatus =
  | { readonly kind: 'synced' }
  | { readonly kind: 'syncing' }
  | { readonly kind: 'offline' }
  | { readonly kind: 'not-allowed'; readonly reason: string }
  | { readonly kind: 'wrong-password' };

export function describeStatus(s: SyncStatus): string {
  switch (s.kind) {
    case 'synced': return 'Synced';
    case 'syncing': return 'Syncing…';
    case 'offline': return 'Offline — your changes are kept';
    case 'not-allowed': return `Not allowed: ${s.reason}`;
    case 'wrong-password': return 'Wrong password';
  }
}

/** A write the team server refused: kept locally, shown as refused, never dropped. */
export interface RefusedRecord {
  readonly id: string;
  readonly reason: string;
}

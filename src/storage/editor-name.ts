/** The editor name, set once in the app and stamped on every record as its author. */
import type { IDBPTransaction, StoreNames } from 'idb';
import type { ParallaxSchema } from './schema.ts';

export const EDITOR_NAME_KEY = 'editorName';

type TxWithSettings = IDBPTransaction<ParallaxSchema, StoreNames<ParallaxSchema>[], 'readwrite' | 'readonly'>;

export async function editorNameIn(tx: TxWithSettings): Promise<string | null> {
  const record = await tx.objectStore('settings').get(EDITOR_NAME_KEY);
  return typeof record?.value === 'string' && record.value.trim() !== '' ? record.value.trim() : null;
}

/** Per-device settings; the editor name is the one every change is signed with. */
import { checkAuthor } from '../core/workflow/transitions.ts';
import { ok } from '../core/result.ts';
import { EDITOR_NAME_KEY } from './editor-name.ts';
import type { SettingRecord } from './schema.ts';
import { guardedWrite, timestamp, type StorageContext, type StoreResult } from './storage-context.ts';

export interface SettingsRepository {
  editorName(): Promise<string | null>;
  /** WORKFLOW_NO_AUTHOR for a blank name. */
  setEditorName(name: string): Promise<StoreResult<string>>;
  get(key: string): Promise<SettingRecord['value'] | undefined>;
  set(key: string, value: SettingRecord['value']): Promise<StoreResult<void>>;
}

export function createSettingsRepository(ctx: StorageContext): SettingsRepository {
  const set = (key: string, value: SettingRecord['value']) =>
    guardedWrite(ctx, async () => {
      await ctx.db.put('settings', { key, value, updatedAt: timestamp(ctx) });
    }, () => ({ kind: 'settings', key }));
  return {
    async editorName() {
      const v = (await ctx.db.get('settings', EDITOR_NAME_KEY))?.value;
      return typeof v === 'string' && v.trim() !== '' ? v.trim() : null;
    },
    async setEditorName(name) {
      const checked = checkAuthor(name);
      if (!checked.ok) return checked;
      const written = await set(EDITOR_NAME_KEY, checked.value);
      return written.ok ? ok(checked.value) : written;
    },
    get: async (key) => (await ctx.db.get('settings', key))?.value,
    set,
  };
}

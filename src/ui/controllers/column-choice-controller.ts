/**
 * Which witnesses the work view shows as columns and which one is the base
 * the others are compared with, remembered per work in the workspace
 * settings and restored on the next visit. A stored choice naming witnesses
 * the work no longer has is ignored (the defaults stand).
 */
import type { Work } from '../../core/model/work.ts';
import { defaultBaseId } from '../px-compare-model.ts';
import type { WorkViewHost } from './work-view-host.ts';

/** Settings key of a work's column choice (the value is JSON: `{ visible: string[] | null, baseId: string }`). */
export const columnsSettingKey = (workId: string): string => `work-view.columns:${workId}`;

interface StoredChoice {
  readonly visible: readonly string[] | null;
  readonly baseId: string;
}

function parseChoice(value: unknown, work: Work): StoredChoice | null {
  if (typeof value !== 'string') return null;
  let v: unknown;
  try {
    v = JSON.parse(value);
  } catch {
    return null;
  }
  if (typeof v !== 'object' || v === null) return null;
  const { visible, baseId } = v as { visible?: unknown; baseId?: unknown };
  const ids = new Set(work.witnesses.map((w) => w.id));
  if (typeof baseId !== 'string' || !ids.has(baseId)) return null;
  if (visible === null) return { visible: null, baseId };
  if (!Array.isArray(visible)) return null;
  const shown = work.witnesses.map((w) => w.id).filter((id) => visible.includes(id));
  return shown.length > 0 ? { visible: shown, baseId } : null;
}

export class ColumnChoiceController {
  /** Witness ids shown, in the work's order; null = all. */
  visible: string[] | null = null;
  baseId = '';
  private work: Work | null = null;
  /** Bumped by every choice and every open: a restore that lands after the person chose is dropped. */
  private generation = 0;

  constructor(private readonly host: WorkViewHost) {
  }

  /** Shows the defaults at once, then the stored choice for this work if there is one. */
  async restore(work: Work): Promise<void> {
    this.work = work;
    this.visible = null;
    this.baseId = defaultBaseId(work);
    const gen = ++this.generation;
    this.host.requestUpdate();
    const stored = parseChoice(await this.host.storage?.settings.get(columnsSettingKey(work.id)), work);
    if (!stored || gen !== this.generation || this.work !== work) return;
    this.visible = stored.visible ? [...stored.visible] : null;
    this.baseId = stored.baseId;
    this.host.requestUpdate();
  }

  /** Shows or hides a witness; the last visible one stays. */
  setVisible(witnessId: string, visible: boolean): void {
    const all = this.work?.witnesses.map((w) => w.id) ?? [];
    const now = new Set(this.visible ?? all);
    if (visible) now.add(witnessId);
    else if (now.size > 1) now.delete(witnessId);
    this.visible = all.filter((id) => now.has(id));
    void this.save();
  }

  setBase(witnessId: string): void {
    this.baseId = witnessId;
    void this.save();
  }

  private async save(): Promise<void> {
    this.generation++;
    this.host.requestUpdate();
    const ws = this.host.storage;
    const work = this.work;
    if (!ws || !work) return;
    const r = await ws.settings.set(columnsSettingKey(work.id), JSON.stringify({ visible: this.visible, baseId: this.baseId }));
    if (!r.ok) this.host.errors?.report(r.error);
  }
}

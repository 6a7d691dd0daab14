/**
 * The shortcuts the `?` dialog lists. Views register a group when they
 * connect and remove it when they leave, so the dialog lists what works on
 * the screen now. Listeners hear every change (the dialog re-renders).
 */
import type { Shortcut, ShortcutRegistry } from './contexts.ts';

export interface ShortcutGroup {
  readonly group: string;
  readonly shortcuts: readonly Shortcut[];
}

export class Shortcuts implements ShortcutRegistry {
  private readonly groups = new Map<symbol, ShortcutGroup>();
  private readonly listeners = new Set<() => void>();

  register(group: string, shortcuts: readonly Shortcut[]): () => void {
    const key = Symbol(group);
    this.groups.set(key, { group, shortcuts });
    this.changed();
    return () => {
      if (this.groups.delete(key)) this.changed();
    };
  }

  /** Groups in registration order; two registrations with one name are merged. */
  list(): ShortcutGroup[] {
    const merged = new Map<string, Shortcut[]>();
    for (const { group, shortcuts } of this.groups.values()) merged.set(group, [...(merged.get(group) ?? []), ...shortcuts]);
    return [...merged].map(([group, shortcuts]) => ({ group, shortcuts }));
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(): void {
    for (const l of this.listeners) l();
  }
}

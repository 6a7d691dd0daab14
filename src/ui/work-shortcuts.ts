/**
 * The work view's keyboard: one table that both the handlers and the `?`
 * dialog read, so the dialog never lists a key that does nothing.
 */
import type { Shortcut } from './contexts.ts';

export type RowKeyAction = 'next' | 'previous' | 'first' | 'last' | 'left' | 'right' | 'edit' | 'cancel' | 'approve' | 'reject';

/** Registered with the shell's shortcut registry under this group name. */
export const WORK_SHORTCUTS_GROUP = 'Work view';

export const WORK_SHORTCUTS: readonly Shortcut[] = [
  { keys: 'j / ↓', description: 'Next row' },
  { keys: 'k / ↑', description: 'Previous row' },
  { keys: 'h / ← · l / →', description: 'Previous / next column' },
  { keys: 'Home / End', description: 'First / last row' },
  { keys: 'Enter', description: 'Edit the focused translation paragraph' },
  { keys: 'Escape', description: 'Cancel editing' },
  { keys: 'Ctrl+Enter', description: 'Propose the edited paragraph' },
  { keys: 'a', description: 'Approve the proposed revision in the focused row' },
  { keys: 'r', description: 'Reject the proposed revision in the focused row' },
  { keys: '/', description: 'Search all witnesses' },
  { keys: 'n / Shift+N', description: 'Next / previous search match' },
  { keys: 'Ctrl+Z / Ctrl+Shift+Z', description: 'Undo / redo an alignment change' },
];

/** The grid's keys; modifier combinations are left to the browser and the app. */
export function rowKeyAction(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>): RowKeyAction | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  switch (e.key) {
    case 'j': case 'ArrowDown': return 'next';
    case 'k': case 'ArrowUp': return 'previous';
    case 'h': case 'ArrowLeft': return 'left';
    case 'l': case 'ArrowRight': return 'right';
    case 'Home': return 'first';
    case 'End': return 'last';
    case 'Enter': return 'edit';
    case 'Escape': return 'cancel';
    case 'a': return 'approve';
    case 'r': return 'reject';
    default: return null;
  }
}

/** Keys the whole work view handles (outside the grid too). */
export type ViewKeyAction = 'search' | 'next-match' | 'previous-match' | 'undo' | 'redo';

export function viewKeyAction(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>): ViewKeyAction | null {
  const mod = e.ctrlKey || e.metaKey;
  if (mod && !e.altKey && (e.key === 'z' || e.key === 'Z')) return e.shiftKey ? 'redo' : 'undo';
  if (mod && !e.altKey && e.key === 'y') return 'redo';
  if (mod || e.altKey) return null;
  if (e.key === '/') return 'search';
  if (e.key === 'n') return 'next-match';
  if (e.key === 'N') return 'previous-match';
  return null;
}

/** The view-wide key of a keydown, or null when the person is typing (inputs, text areas, editable text) or the key is not one. */
export function viewKeyOf(e: KeyboardEvent): ViewKeyAction | null {
  const target = e.composedPath()[0];
  if (target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return null;
  return viewKeyAction(e);
}

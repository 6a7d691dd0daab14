/**
 * Opens the workspace database for the app and wires its lifecycle to the
 * notifier: another tab's upgrade closes this connection (UI_DB_CLOSED), an
 * old tab blocks ours (UI_DB_BLOCKED), a refused open (UI_DB_UNAVAILABLE).
 */
import type { PxError } from '../core/result.ts';
import { openWorkspace, type Workspace } from '../storage/index.ts';
import { shellErrors } from './shell-errors.ts';

export async function openAppWorkspace(report: (e: PxError) => void, name?: string): Promise<Workspace | null> {
  try {
    return await openWorkspace({
      ...(name ? { name } : {}),
      onClosed: () => report(shellErrors.dbClosed()),
      onBlocked: () => report(shellErrors.dbBlocked()),
    });
  } catch (e) {
    report(shellErrors.dbUnavailable(e instanceof Error ? e.message : String(e)));
    return null;
  }
}

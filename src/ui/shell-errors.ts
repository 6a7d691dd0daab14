/**
 * The shell's own coded errors (UI_): what happened, and what to do. Shown by
 * the one notifier like every other error.
 */
import { pxError, type PxError } from '../core/result.ts';

export const shellErrors = {
  dbUnavailable: (why: string): PxError =>
    pxError('UI_DB_UNAVAILABLE', `The browser refused to open the database (${why}).`,
      'Private browsing or blocked site data can cause this: allow site data for this page and reload.'),
  dbClosed: (): PxError =>
    pxError('UI_DB_CLOSED', 'A newer version of Parallax opened in another tab and upgraded the database, so this tab stopped using it.',
      'Reload this page to keep working; nothing saved is lost.'),
  dbBlocked: (): PxError =>
    pxError('UI_DB_BLOCKED', 'An older Parallax tab keeps the database open, so this one cannot upgrade it.',
      'Close or reload the other Parallax tabs.'),
  notBundled: (id: string): PxError =>
    pxError('UI_NOT_BUNDLED', `“${id}” is not one of the works bundled with this version`, 'reload the page to see the current list'),
};

/**
 * The one list of commands. To add one: write commands/<name>.ts exporting
 * `command = defineCommand({...})` and add a line here. Each is loaded only
 * when called (`parallax import` never pays for the exporters); the summary
 * here is what `parallax --help` shows without loading them.
 */
import type { AnyCommand } from '../command.ts';

export interface RegisteredCommand {
  readonly name: string;
  readonly summary: string;
  readonly load: () => Promise<{ readonly command: AnyCommand }>;
}

export const COMMANDS: readonly RegisteredCommand[] = [
  { name: 'import', summary: 'read a text, Word, work folder, bundle or TEI file and show the work; with --into, a revised version as proposals', load: () => import('./import.ts') },
  { name: 'align', summary: 'align a translation with its original', load: () => import('./align.ts') },
  { name: 'check', summary: 'run the checks on an original and a translation', load: () => import('./check.ts') },
  { name: 'diff', summary: 'compare two texts in one language, word by word', load: () => import('./diff.ts') },
  { name: 'team', summary: 'run a team server, add users, share a work, pull the team’s state', load: () => import('./team.ts') },
  { name: 'export', summary: 'write a work as PDF, HTML, TEI, TMX, XLIFF 2.0/1.2, DOCX, EPUB, Markdown, JSON or a citation (CSL-JSON, RIS, BibTeX)', load: () => import('./export.ts') },
];

/**
 * Argument dispatch for `parallax <command>`. Each command lives in its own
 * file under commands/ and is loaded only when called, so `parallax import`
 * never pays for the PDF exporter.
 */
import { formatError, pxError } from '../core/result.ts';
import type { CommandIo } from './io.ts';
import { nodeIo } from './io.ts';

export type Command = (args: string[], io: CommandIo) => Promise<number>;

const COMMANDS: Record<string, { summary: string; load: () => Promise<{ run: Command }> }> = {
  import: { summary: 'import <file|work-folder|bundle.json> [--lang <bcp47>] [--encoding <label>] [--work <id>] [--json]', load: () => import('./commands/import.ts') },
  align: { summary: 'align <original> <translation> [--units paragraphs|sentences|lines] [--source-lang <bcp47>] [--target-lang <bcp47>] [--no-lexicon] [--json]', load: () => import('./commands/align.ts') },
  check: { summary: 'check <original> <translation> [--names <names.json>] [--source-lang <bcp47>] [--target-lang <bcp47>] [--json]', load: () => import('./commands/check.ts') },
  diff: { summary: 'diff <a> <b> [--lang <bcp47>] [--ignore-punctuation] [--strip-marks] [--json]', load: () => import('./commands/diff.ts') },
  team: { summary: 'team serve|add-user|share|pull … (see parallax team)', load: () => import('./commands/team.ts') },
  export: { summary: 'export <work-folder|bundle.json|work.tei.xml> --format pdf|html|tei|tmx|xliff|docx|epub|md|json [--layout synoptic|facing|translation] [--paper a4|letter] [--translation <witness-id>] [--names <names.json>] [--apparatus] --out <file>', load: () => import('./commands/export.ts') },
};

export function usage(): string {
  return ['Usage: parallax <command> [options]', '', ...Object.values(COMMANDS).map((c) => `  parallax ${c.summary}`)].join('\n');
}

export async function main(argv: string[], io: CommandIo = nodeIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(usage());
    return name ? 0 : 1;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(formatError(pxError('CLI_UNKNOWN_COMMAND', `Unknown command "${name}"`, `use one of: ${Object.keys(COMMANDS).join(', ')}`)));
    return 1;
  }
  const { run } = await command.load();
  return run(rest, io);
}

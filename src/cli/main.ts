/**
 * `parallax <command> …`: finds the command in the registry, parses its
 * command line, runs it, and is the one place where anything thrown becomes
 * `error[INTERNAL]` (the stack only with PARALLAX_DEBUG=1).
 */
import { createRequire } from 'node:module';
import { pxError } from '../core/result.ts';
import { parseCommandLine } from './args.ts';
import { EXIT_OK, EXIT_USAGE, fail } from './cli-failure.ts';
import { COMMANDS } from './commands/index.ts';
import { commandHelp, errorCodesHelp, globalUsage } from './help.ts';
import { nodeIo, sessionIo, type CommandIo } from './io.ts';
import { escapeLine } from './terminal.ts';
import { completeTextDecoder } from './complete-text-decoder.ts';

const VERSION = (createRequire(import.meta.url)('../../package.json') as { version: string }).version;

export async function main(argv: readonly string[], io: CommandIo = nodeIo): Promise<number> {
  completeTextDecoder();
  try {
    return await dispatch(argv, io);
  } catch (e) {
    return internalError(io, e);
  }
}

async function dispatch(argv: readonly string[], io: CommandIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    io.err(globalUsage(await loadAll()));
    return EXIT_USAGE;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    if (rest[0] === 'errors') io.out(errorCodesHelp());
    else if (rest[0] !== undefined) return main([rest[0], '--help'], io);
    else io.out(globalUsage(await loadAll()));
    return EXIT_OK;
  }
  if (name === '--version' || name === '-V') {
    io.out(`parallax ${VERSION}`);
    return EXIT_OK;
  }
  const entry = COMMANDS.find((c) => c.name === name);
  if (!entry) {
    const what = name.startsWith('-') ? `${escapeLine(name)} is not an option of parallax itself` : `there is no command ${JSON.stringify(escapeLine(name))}`;
    return fail(io, pxError('CLI_UNKNOWN_COMMAND', what, `use one of: ${COMMANDS.map((c) => c.name).join(', ')} (parallax --help)`));
  }
  const { command } = await entry.load();
  const parsed = parseCommandLine(command, rest);
  if (!parsed.ok) return fail(io, parsed.error, EXIT_USAGE);
  if (parsed.value.help) {
    io.out(commandHelp(command));
    return EXIT_OK;
  }
  return command.run({ values: parsed.value.values, positionals: parsed.value.positionals, io: sessionIo(io) });
}

async function loadAll() {
  return Promise.all(COMMANDS.map(async (c) => (await c.load()).command));
}

/** Anything thrown that no command expected: a bug, reported as one line. */
export function internalError(io: Pick<CommandIo, 'err'>, e: unknown): number {
  const detail = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  io.err(escapeLine(`error[INTERNAL]: ${detail} — please report this (run with PARALLAX_DEBUG=1 for the details)`));
  if (process.env['PARALLAX_DEBUG'] === '1' && e instanceof Error && e.stack) io.err(e.stack);
  return 1;
}

/**
 * The one way a command fails: print the coded line, return the exit code.
 * Exit 2 is a usage error (the command line itself is wrong), 1 is bad input
 * or a refused operation (the command line was right, the data or the disk
 * was not), as POSIX utilities and most CLIs do.
 */
import { formatError, type PxError } from '../core/result.ts';
import type { PxErrorCode } from '../core/errors/index.ts';
import { escapeLine } from './terminal.ts';

export const EXIT_OK = 0;
export const EXIT_BAD_INPUT = 1;
export const EXIT_USAGE = 2;

const USAGE_CODES: ReadonlySet<PxErrorCode> = new Set<PxErrorCode>([
  'CLI_USAGE', 'CLI_UNKNOWN_COMMAND', 'CLI_UNKNOWN_OPTION', 'CLI_MISSING_VALUE', 'CLI_BAD_VALUE',
]);

export function exitCodeFor(code: PxErrorCode): number {
  return USAGE_CODES.has(code) ? EXIT_USAGE : EXIT_BAD_INPUT;
}

/** The error line for a terminal: one line whatever the message holds. */
export function errorLine(e: PxError): string {
  return escapeLine(formatError(e));
}

export function fail(io: { err(text: string): void }, e: PxError, exitCode = exitCodeFor(e.code)): number {
  io.err(errorLine(e));
  return exitCode;
}

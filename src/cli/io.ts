/**
 * What a command may touch. `CommandIo` is the outside world (streams and the
 * file system; tests pass their own). `SessionIo` is what a command's run()
 * gets: the same, plus the rules of one run: every printed byte escaped,
 * every read bounded and remembered, every write atomic and refused when it
 * would replace something this run read.
 */
import { readdir, stat } from 'node:fs/promises';
import type { Result } from '../core/result.ts';
import { TEXT_INPUT } from '../core/import/index.ts';
import { readInputFile, type InputFile, type ReadLimit, type ReadOptions } from './read-input.ts';
import { escapeText, terminalSafeJson } from './terminal.ts';
import { writeOutputFile, type ReadInputs } from './write-output.ts';

export interface CommandIo {
  out(text: string): void;
  err(text: string): void;
  readInput(path: string, limit: ReadLimit, options?: ReadOptions): Promise<Result<InputFile>>;
  writeOutput(path: string, data: Uint8Array, inputs: ReadInputs): Promise<Result<void>>;
  isDirectory(path: string): Promise<boolean>;
  listDirectory(path: string): Promise<string[]>;
}

function writeStdout(data: Uint8Array | string): Promise<void> {
  return new Promise((resolve, reject) => process.stdout.write(data, (e) => (e ? reject(e) : resolve())));
}

export const nodeIo: CommandIo = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : text + '\n'),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : text + '\n'),
  readInput: readInputFile,
  writeOutput: async (path, data, inputs) => {
    if (path !== '-') return writeOutputFile(path, data, inputs);
    await writeStdout(data);
    return { ok: true, value: undefined };
  },
  isDirectory: async (path) => (await stat(path)).isDirectory(),
  listDirectory: (path) => readdir(path),
};

export interface SessionIo {
  /** Text for a person; controls in it (from titles, labels…) are shown escaped. */
  out(text: string): void;
  /** A JSON document on standard output, terminal-safe and lossless. */
  json(value: unknown): void;
  /** A line on standard error (already one line: fail() and warnings escape their own). */
  err(line: string): void;
  read(path: string, limit?: ReadLimit, options?: ReadOptions): Promise<Result<Uint8Array>>;
  /** Atomic; `-` is standard output. */
  write(path: string, data: Uint8Array | string): Promise<Result<void>>;
  isDirectory(path: string): Promise<boolean>;
  listDirectory(path: string): Promise<string[]>;
}

export function sessionIo(io: CommandIo): SessionIo {
  const realPaths = new Set<string>();
  const identities = new Set<string>();
  return {
    out: (text) => io.out(escapeText(text)),
    json: (value) => io.out(terminalSafeJson(value)),
    err: (line) => io.err(line),
    read: async (path, limit = TEXT_INPUT, options) => {
      const file = await io.readInput(path, limit, options);
      if (!file.ok) return file;
      realPaths.add(file.value.realPath);
      if (file.value.identity) identities.add(file.value.identity);
      return { ok: true, value: file.value.bytes };
    },
    write: (path, data) => io.writeOutput(path, typeof data === 'string' ? new TextEncoder().encode(data) : data, { realPaths, identities }),
    isDirectory: (path) => io.isDirectory(path),
    listDirectory: (path) => io.listDirectory(path),
  };
}

export type { ReadLimit, ReadOptions } from './read-input.ts';

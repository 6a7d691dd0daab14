/** What a command may touch: output streams and files. Tests pass their own. */
import { readFile, writeFile, stat, readdir } from 'node:fs/promises';

export interface CommandIo {
  out(text: string): void;
  err(text: string): void;
  readFile(path: string): Promise<Uint8Array>;
  writeFile(path: string, data: Uint8Array | string): Promise<void>;
  isDirectory(path: string): Promise<boolean>;
  listDirectory(path: string): Promise<string[]>;
}

export const nodeIo: CommandIo = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : text + '\n'),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : text + '\n'),
  readFile: async (path) => new Uint8Array(await readFile(path)),
  writeFile: (path, data) => writeFile(path, data),
  isDirectory: async (path) => (await stat(path)).isDirectory(),
  listDirectory: (path) => readdir(path),
};

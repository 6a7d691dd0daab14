// Reads test fixtures: repository files by path from the repo root, shared
// files (corpus, gold set) from ../shared. Chromium gets files.browser.ts instead.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

export async function readRepoBytes(path: string): Promise<Uint8Array> {
  return new Uint8Array(await readFile(root + path));
}
export async function readSharedBytes(path: string): Promise<Uint8Array> {
  return new Uint8Array(await readFile(root + '../shared/' + path));
}
export async function readRepoText(path: string): Promise<string> {
  return new TextDecoder().decode(await readRepoBytes(path));
}
export async function readSharedText(path: string): Promise<string> {
  return new TextDecoder().decode(await readSharedBytes(path));
}

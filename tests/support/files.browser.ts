// Fixture reads in Chromium: the test server serves the repo at / and ../shared at /__shared/.
async function fetchBytes(url: string): Promise<Uint8Array> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`fixture ${url}: HTTP ${res.status}`);
  return new Uint8Array(await res.arrayBuffer());
}
/** Byte for byte: the server re-encodes mostly-ASCII text it serves as UTF-8, so these come as base64 (see web-test-runner.config.mjs). */
async function fetchExactBytes(path: string): Promise<Uint8Array> {
  const res = await fetch('/__bytes/' + path);
  if (!res.ok) throw new Error(`fixture ${path}: HTTP ${res.status}`);
  return Uint8Array.from(atob(await res.text()), (c) => c.charCodeAt(0));
}
export const readRepoBytes = (path: string): Promise<Uint8Array> => (path.startsWith('tests/fixtures/') ? fetchExactBytes(path) : fetchBytes('/' + path));
export const readSharedBytes = (path: string): Promise<Uint8Array> => fetchBytes('/__shared/' + path);
export const readRepoText = async (path: string): Promise<string> => new TextDecoder().decode(await readRepoBytes(path));
export const readSharedText = async (path: string): Promise<string> => new TextDecoder().decode(await readSharedBytes(path));

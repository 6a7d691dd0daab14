// Fixture reads in Chromium: the test server serves the repo at / and ../shared at /__shared/.
async function fetchBytes(url: string): Promise<Uint8Array> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`fixture ${url}: HTTP ${res.status}`);
  return new Uint8Array(await res.arrayBuffer());
}
export const readRepoBytes = (path: string): Promise<Uint8Array> => fetchBytes('/' + path);
export const readSharedBytes = (path: string): Promise<Uint8Array> => fetchBytes('/__shared/' + path);
export const readRepoText = async (path: string): Promise<string> => new TextDecoder().decode(await readRepoBytes(path));
export const readSharedText = async (path: string): Promise<string> => new TextDecoder().decode(await readSharedBytes(path));

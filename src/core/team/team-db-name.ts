/**
 * The CouchDB database that holds one shared work. CouchDB names must match
 * `^[a-z][a-z0-9_$()+/-]*$`, so every other character of the work id (capitals
 * included) is written as `$` + its code point in hex + `$`: the mapping stays
 * one to one, and the usual ids (`wilson-121617`) read unchanged.
 */
export const TEAM_DB_PREFIX = 'parallax-work-';

export function teamDbName(workId: string): string {
  let out = TEAM_DB_PREFIX;
  for (const ch of workId) out += /[a-z0-9_-]/.test(ch) ? ch : `$${(ch.codePointAt(0) ?? 0).toString(16)}$`;
  return out;
}


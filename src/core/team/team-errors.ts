/** The coded errors of team use (sharing a work through a CouchDB-protocol server). */
import { pxError, type PxError } from '../result.ts';

import type { PxErrorCode } from '../errors/codes.ts';

export type TeamErrorCode = Extract<PxErrorCode, `TEAM_${string}`>;

export interface TeamError extends PxError {
  readonly code: TeamErrorCode;
}

function teamError(code: TeamErrorCode, message: string, hint: string): TeamError {
  return pxError(code, message, hint) as TeamError;
}

export const teamErrors = {
  unreachable: (url: string, why: string) =>
    teamError('TEAM_UNREACHABLE', `The team server at ${url} cannot be reached (${why}).`, 'Check the address and that the server is running.'),
  unauthorized: () =>
    teamError('TEAM_UNAUTHORIZED', 'Wrong user name or password.', 'Check them with whoever runs the team server; the password is never stored, so type it again.'),
  forbidden: (reason: string) =>
    teamError('TEAM_FORBIDDEN', `Not allowed: ${reason}`, 'Ask the team server’s admin for the role or membership you need.'),
  notFound: (what: string) =>
    teamError('TEAM_NOT_FOUND', `${what} is not on the team server.`, 'Check the name, or share the work first with `parallax team share`.'),
  exists: (what: string) =>
    teamError('TEAM_EXISTS', `${what} already exists on the team server.`, 'Pick another name, or use the existing one.'),
  badUrl: (url: string) =>
    teamError('TEAM_BAD_URL', `“${url}” is not an http(s) address.`, 'Give the team server as http://host:port or https://host.'),
  badResponse: (what: string) =>
    teamError('TEAM_BAD_RESPONSE', `The team server answered something unexpected (${what}).`, 'Check that the address is a CouchDB-protocol server.'),
  noCredentials: (variable: string) =>
    teamError('TEAM_NO_CREDENTIALS', `No ${variable} is set.`, `Set ${variable} in the environment (the password may also come on standard input).`),
  badRecord: (id: string, why: string) =>
    teamError('TEAM_BAD_RECORD', `The record “${id}” is malformed (${why}).`, 'It was not applied; the other records are unaffected.'),
  localEdits: (workId: string) =>
    teamError('TEAM_LOCAL_EDITS', `This browser already holds “${workId}” with edits of its own, made before it was shared.`,
      'Save a backup of it (Export → bundle), remove it from the library, then open it from the team server again.'),
  serverFailed: (why: string) =>
    teamError('TEAM_SERVER_FAILED', `The team server did not start (${why}).`, 'Check that the port is free and the data folder writable.'),
};

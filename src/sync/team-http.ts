/**
 * Plain HTTP to a CouchDB-protocol server for what is not replication:
 * sessions, users, creating a work's database, `_security`, the design
 * document, a bulk upload and a bulk read. Every failure becomes a TEAM_ code.
 *
 * pouchdb-server answers 401 where CouchDB answers 403 (a member check), and a
 * refused `_bulk_docs` is 201 with per-document errors: both are handled here.
 */
import { err, ok, type Result } from '../core/result.ts';
import { teamErrors, type TeamError } from '../core/team/team-errors.ts';

export interface TeamCredentials {
  readonly name: string;
  /** Held in memory for the session only; never written anywhere. */
  readonly password: string;
}

export interface TeamServer {
  /** The server's base URL, without a trailing slash. */
  readonly url: string;
  readonly credentials: TeamCredentials | null;
}

/** Long enough for a slow server, short enough that a wrong address says so quickly. */
const REQUEST_TIMEOUT_MS = 30_000;

export function teamServer(url: string, credentials: TeamCredentials | null): Result<TeamServer, TeamError> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return err(teamErrors.badUrl(url));
  }
  if ((parsed.protocol !== 'http:' && parsed.protocol !== 'https:') || parsed.username || parsed.password) return err(teamErrors.badUrl(url));
  return ok({ url: parsed.href.replace(/\/+$/, ''), credentials });
}

export function authHeader(c: TeamCredentials): string {
  const bytes = new TextEncoder().encode(`${c.name}:${c.password}`);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return `Basic ${btoa(binary)}`;
}

export interface TeamRequest {
  readonly method?: 'GET' | 'PUT' | 'POST' | 'DELETE';
  readonly body?: unknown;
  /** What a 404 means, for its message (e.g. `The work “x”`). */
  readonly what?: string;
}

export async function teamRequest<T = unknown>(server: TeamServer, path: string, req: TeamRequest = {}): Promise<Result<T, TeamError>> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (req.body !== undefined) headers['content-type'] = 'application/json';
  if (server.credentials) headers['authorization'] = authHeader(server.credentials);
  let response: Response;
  try {
    response = await fetch(server.url + path, {
      method: req.method ?? 'GET', headers, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      ...(req.body !== undefined ? { body: JSON.stringify(req.body) } : {}),
    });
  } catch (e) {
    return err(teamErrors.unreachable(server.url, reasonOf(e)));
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    return err(teamErrors.badResponse(`HTTP ${response.status} without JSON`));
  }
  if (response.ok) return ok(body as T);
  return err(errorOfStatus(response.status, body, req.what ?? path));
}

export function errorOfStatus(status: number, body: unknown, what: string): TeamError {
  const reason = typeof body === 'object' && body !== null && typeof (body as { reason?: unknown }).reason === 'string' ? (body as { reason: string }).reason : '';
  if (status === 401 && /name or password/i.test(reason)) return teamErrors.unauthorized();
  if (status === 401 || status === 403) return teamErrors.forbidden(reason && !/^You are not/.test(reason) ? reason : 'you are not a member of this work.');
  if (status === 404) return teamErrors.notFound(what);
  if (status === 409 || status === 412) return teamErrors.exists(what);
  return teamErrors.badResponse(`HTTP ${status}${reason ? `: ${reason}` : ''}`);
}

function reasonOf(e: unknown): string {
  if (e instanceof Error) {
    const cause = (e as { cause?: { code?: string; message?: string; errors?: Array<{ code?: string }> } }).cause;
    if (e.name === 'TimeoutError') return 'no answer in time';
    return cause?.code ?? cause?.errors?.[0]?.code ?? cause?.message ?? e.message;
  }
  return String(e);
}

/** Per-document results of `_bulk_docs`: a 201 may still carry refusals. */
export interface BulkResult {
  readonly id: string;
  readonly ok?: boolean;
  readonly error?: string;
  readonly reason?: string;
}

export interface SessionInfo {
  readonly name: string;
  readonly roles: readonly string[];
}

/** Logs in through `_session` and reads the user's roles; a wrong password is TEAM_UNAUTHORIZED. */
export async function openSession(server: TeamServer): Promise<Result<SessionInfo, TeamError>> {
  const c = server.credentials;
  if (!c) return err(teamErrors.noCredentials('PARALLAX_USER'));
  const r = await teamRequest<{ ok?: boolean; name?: string | null; roles?: string[] }>({ ...server, credentials: null }, '/_session', {
    method: 'POST', body: { name: c.name, password: c.password },
  });
  if (!r.ok) return r;
  if (typeof r.value.name !== 'string') return err(teamErrors.unauthorized());
  return ok({ name: r.value.name, roles: Array.isArray(r.value.roles) ? r.value.roles.filter((x) => typeof x === 'string') : [] });
}

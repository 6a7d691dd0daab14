/**
 * `parallax team serve`: pouchdb-server (the CouchDB protocol, for one
 * machine and for tests) as a child process bound to 127.0.0.1 by default,
 * with its data, config and log in one folder, and the admin account from
 * `PARALLAX_TEAM_ADMIN=user:password`. Production uses Apache CouchDB 3.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { err, ok, type Result } from '../core/result.ts';
import { teamErrors, type TeamError } from '../core/team/team-errors.ts';
import { openSession, teamRequest, teamServer, type TeamCredentials } from './team-http.ts';

export interface TeamServerOptions {
  readonly port: number;
  readonly host?: string;
  readonly dataDir: string;
  readonly admin: TeamCredentials;
}

export interface RunningTeamServer {
  readonly url: string;
  readonly process: ChildProcess;
  /** Stops the server by its PID and waits for it to exit. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/** pouchdb-server is ready in about a second; a cold disk can take several. */
const READY_TIMEOUT_MS = 20_000;

export function parseAdmin(value: string | undefined): Result<TeamCredentials, TeamError> {
  const at = value?.indexOf(':') ?? -1;
  if (!value || at <= 0 || at === value.length - 1) return err(teamErrors.noCredentials('PARALLAX_TEAM_ADMIN (as user:password)'));
  return ok({ name: value.slice(0, at), password: value.slice(at + 1) });
}

export async function startTeamServer(opts: TeamServerOptions): Promise<Result<RunningTeamServer, TeamError>> {
  const host = opts.host ?? '127.0.0.1';
  const dir = path.resolve(opts.dataDir);
  await mkdir(dir, { recursive: true });
  const bin = createRequire(import.meta.url).resolve('pouchdb-server/bin/pouchdb-server');
  // It writes log.txt into its working directory, so it runs from the data folder.
  const child = spawn(process.execPath, [bin, '-o', host, '-p', String(opts.port), '-d', `${dir}/`, '-c', path.join(dir, 'config.json'), '-n', '--no-color'], {
    cwd: dir, stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (b: Buffer) => {
    stderr = (stderr + b.toString()).slice(-2000);
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://${host}:${opts.port}`;
  const stop = async (signal: NodeJS.Signals = 'SIGTERM') => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
  };
  const ready = await waitReady(url, child);
  if (!ready) {
    await stop();
    return err(teamErrors.serverFailed(stderr.trim().split('\n').pop() || `no answer on ${url}`));
  }
  const admin = await ensureAdmin(url, opts.admin);
  if (!admin.ok) {
    await stop();
    return admin;
  }
  return ok({ url, process: child, stop });
}

async function waitReady(url: string, child: ChildProcess): Promise<boolean> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline && child.exitCode === null) {
    try {
      const r = await fetch(url + '/', { signal: AbortSignal.timeout(1000) });
      if (r.ok) return true;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

/** The first start creates the admin (ending CouchDB's "admin party"); later starts check the password. */
async function ensureAdmin(url: string, admin: TeamCredentials): Promise<Result<void, TeamError>> {
  const server = teamServer(url, admin);
  if (!server.ok) return server;
  const session = await openSession(server.value);
  if (session.ok && session.value.roles.includes('_admin')) return ok(undefined);
  const open = await teamRequest({ url, credentials: null }, `/_config/admins/${encodeURIComponent(admin.name)}`, { method: 'PUT', body: admin.password });
  if (!open.ok) return err(open.error.code === 'TEAM_FORBIDDEN' || open.error.code === 'TEAM_UNAUTHORIZED' ? teamErrors.unauthorized() : open.error);
  const check = await openSession(server.value);
  return check.ok ? ok(undefined) : check;
}

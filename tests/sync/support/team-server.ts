/**
 * A real team server for a test file: the one .ci/run started (PARALLAX_TEAM_URL
 * with PARALLAX_TEAM_ADMIN), or a fresh pouchdb-server on a free port in a temp
 * folder, stopped by PID when the file ends. Each test shares works under ids
 * of its own, so files never see each other's data.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { addUser } from '../../../src/sync/team-admin.ts';
import { teamServer, type TeamServer } from '../../../src/sync/team-http.ts';
import { startTeamServer, type RunningTeamServer } from '../../../src/sync/team-server-process.ts';
import type { TeamRole } from '../../../src/core/team/team-rules.ts';

export interface TestTeamServer {
  readonly url: string;
  readonly admin: TeamServer;
  /** Adds (or resets) a user; returns a server handle logged in as them. */
  user(name: string, role: TeamRole, password?: string): Promise<TeamServer>;
  as(name: string, password: string): TeamServer;
  /** Kills the server (SIGKILL) and starts it again on the same port and data; only for servers this file started. */
  restart?(downMs: number): Promise<void>;
  stop(): Promise<void>;
}

export const ADMIN = { name: 'admin', password: 'admin-secret' };

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      s.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

function handle(url: string, name: string, password: string): TeamServer {
  const s = teamServer(url, { name, password });
  if (!s.ok) throw new Error(s.error.message);
  return s.value;
}

/** A unique suffix per test so works and users never collide on a shared server. */
export function unique(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}`;
}

export async function startTestTeamServer(opts: { own?: boolean } = {}): Promise<TestTeamServer> {
  const given = process.env['PARALLAX_TEAM_URL'];
  const givenAdmin = process.env['PARALLAX_TEAM_ADMIN'];
  if (given && givenAdmin && !opts.own) {
    const at = givenAdmin.indexOf(':');
    const admin = handle(given, givenAdmin.slice(0, at), givenAdmin.slice(at + 1));
    return wrap(given, admin, async () => {});
  }
  const dir = await mkdtemp(path.join(tmpdir(), 'parallax-team-'));
  const port = await freePort();
  let running: RunningTeamServer = await start(port, dir);
  const t = wrap(running.url, handle(running.url, ADMIN.name, ADMIN.password), async () => {
    await running.stop();
    await rm(dir, { recursive: true, force: true });
  });
  return {
    ...t,
    async restart(downMs) {
      await running.stop('SIGKILL');
      await new Promise((r) => setTimeout(r, downMs));
      running = await start(port, dir);
    },
  };
}

async function start(port: number, dir: string): Promise<RunningTeamServer> {
  const r = await startTeamServer({ port, dataDir: dir, admin: ADMIN });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

function wrap(url: string, admin: TeamServer, stop: () => Promise<void>): TestTeamServer {
  return {
    url, admin,
    async user(name, role, password = `${name}-pw`) {
      const r = await addUser(admin, name, password, role);
      if (!r.ok) throw new Error(r.error.message);
      return handle(url, name, password);
    },
    as: (name, password) => handle(url, name, password),
    stop,
  };
}

/**
 * `parallax team serve|add-user|share|pull`: a team server for one machine,
 * its users, sharing a work, and pulling the team's current state as a bundle.
 * Admin actions take `PARALLAX_TEAM_ADMIN=user:password`; `pull` takes
 * `PARALLAX_USER` / `PARALLAX_PASSWORD` (or the admin).
 */
import { rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { serializeBundle } from '../../core/bundle/index.ts';
import { formatError, pxError, type PxError } from '../../core/result.ts';
import { bundleOfDocs } from '../../core/team/bundle-of-docs.ts';
import { TEAM_ROLES, type TeamRole } from '../../core/team/team-rules.ts';
import { teamErrors } from '../../core/team/team-errors.ts';
import { addUser, readWorkDocs, shareWork } from '../../sync/team-admin.ts';
import { openSession, teamServer, type TeamCredentials } from '../../sync/team-http.ts';
import { parseAdmin, startTeamServer } from '../../sync/team-server-process.ts';
import { parseArgs } from '../args.ts';
import type { CommandIo } from '../io.ts';
import type { Command } from '../main.ts';
import { readShareInput } from './team-input.ts';

export const USAGE = `Usage:
  parallax team serve [--port 5984] [--host 127.0.0.1] [--data DIR]
  parallax team add-user NAME --role editor|reviewer --server URL
  parallax team share <work-folder|bundle.json> --server URL [--members a,b] [--work <id>]
  parallax team pull <work-id> --server URL --out bundle.json`;

export interface TeamEnv {
  readonly env: NodeJS.ProcessEnv;
  readonly readStdin: () => Promise<string>;
  readonly now: () => Date;
}

const nodeEnv: TeamEnv = { env: process.env, readStdin, now: () => new Date() };

export const run: Command = (args, io) => runTeam(args, io, nodeEnv);

export async function runTeam(args: string[], io: CommandIo, env: TeamEnv): Promise<number> {
  const [sub, ...rest] = args;
  switch (sub) {
    case 'serve': return serve(rest, io, env);
    case 'add-user': return addUserCommand(rest, io, env);
    case 'share': return share(rest, io, env);
    case 'pull': return pull(rest, io, env);
    default:
      io.err(sub ? formatError(pxError('CLI_UNKNOWN_COMMAND', `Unknown team command "${sub}"`, 'use serve, add-user, share or pull')) : USAGE);
      return 1;
  }
}

function fail(io: CommandIo, e: PxError): number {
  io.err(formatError(e));
  return 1;
}

async function serve(args: string[], io: CommandIo, env: TeamEnv): Promise<number> {
  const parsed = parseArgs(args, { options: ['port', 'host', 'data'] });
  if (!parsed.ok) return fail(io, parsed.error);
  const port = Number(parsed.value.options.get('port') ?? '5984');
  if (!Number.isInteger(port) || port < 1 || port > 65535) return fail(io, pxError('CLI_BAD_VALUE', `--port ${parsed.value.options.get('port')} is not a port number`, 'give a number from 1 to 65535'));
  const admin = parseAdmin(env.env['PARALLAX_TEAM_ADMIN']);
  if (!admin.ok) return fail(io, admin.error);
  const dataDir = parsed.value.options.get('data') ?? 'parallax-team-data';
  const host = parsed.value.options.get('host') ?? '127.0.0.1';
  const started = await startTeamServer({ port, host, dataDir, admin: admin.value });
  if (!started.ok) return fail(io, started.error);
  io.out(`Team server on ${started.value.url} (data in ${path.resolve(dataDir)}, PID ${started.value.process.pid ?? '?'}); stop it with Ctrl-C.`);
  const stop = () => void started.value.stop();
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  await new Promise<void>((resolve) => started.value.process.once('exit', () => resolve()));
  return 0;
}

function serverOf(io: CommandIo, url: string | undefined, credentials: TeamCredentials) {
  if (!url) return null;
  const s = teamServer(url, credentials);
  if (!s.ok) {
    fail(io, s.error);
    return null;
  }
  return s.value;
}

async function addUserCommand(args: string[], io: CommandIo, env: TeamEnv): Promise<number> {
  const parsed = parseArgs(args, { options: ['role', 'server'] });
  if (!parsed.ok) return fail(io, parsed.error);
  const [name, extra] = parsed.value.positionals;
  const role = parsed.value.options.get('role');
  const url = parsed.value.options.get('server');
  if (!name || extra !== undefined || !role || !url) return usage(io);
  if (!TEAM_ROLES.includes(role as TeamRole)) return fail(io, pxError('CLI_BAD_VALUE', `--role ${role} is not a team role`, 'use editor or reviewer'));
  if (!/^[^\s:]{1,64}$/u.test(name)) return fail(io, pxError('CLI_BAD_VALUE', `“${name}” cannot be a user name`, 'use up to 64 characters without spaces or colons'));
  const admin = parseAdmin(env.env['PARALLAX_TEAM_ADMIN']);
  if (!admin.ok) return fail(io, admin.error);
  const password = env.env['PARALLAX_PASSWORD'] ?? (await env.readStdin()).split(/\r?\n/)[0] ?? '';
  if (password === '') return fail(io, teamErrors.noCredentials('PARALLAX_PASSWORD'));
  const server = serverOf(io, url, admin.value);
  if (!server) return 1;
  const r = await addUser(server, name, password, role as TeamRole);
  if (!r.ok) return fail(io, r.error);
  io.out(`${name} is now ${role === 'editor' ? 'an editor' : 'a reviewer'} on ${server.url}.`);
  return 0;
}

async function share(args: string[], io: CommandIo, env: TeamEnv): Promise<number> {
  const parsed = parseArgs(args, { options: ['server', 'members', 'work'], flags: ['json'] });
  if (!parsed.ok) return fail(io, parsed.error);
  const [input, extra] = parsed.value.positionals;
  const url = parsed.value.options.get('server');
  if (!input || extra !== undefined || !url) return usage(io);
  const admin = parseAdmin(env.env['PARALLAX_TEAM_ADMIN']);
  if (!admin.ok) return fail(io, admin.error);
  const server = serverOf(io, url, admin.value);
  if (!server) return 1;
  const bundle = await readShareInput(input, env.now());
  if (!bundle.ok) return fail(io, bundle.error);
  const workId = parsed.value.options.get('work') ?? (bundle.value.works.length === 1 ? bundle.value.works[0]?.id : undefined);
  if (!workId) return fail(io, pxError('CLI_BAD_VALUE', `${input} holds ${bundle.value.works.length} works`, 'name one with --work <id>'));
  const members = (parsed.value.options.get('members') ?? '').split(',').map((m) => m.trim()).filter((m) => m !== '');
  const r = await shareWork(server, bundle.value, workId, members);
  if (!r.ok) return fail(io, r.error);
  if (parsed.value.flags.has('json')) io.out(JSON.stringify({ workId, ...r.value }));
  else io.out(`Shared “${workId}” as ${r.value.db} on ${server.url}: ${r.value.uploaded} records uploaded, ${r.value.present} already there; members: ${members.length > 0 ? members.join(', ') : 'every editor and reviewer'}.`);
  return 0;
}

async function pull(args: string[], io: CommandIo, env: TeamEnv): Promise<number> {
  const parsed = parseArgs(args, { options: ['server', 'out'] });
  if (!parsed.ok) return fail(io, parsed.error);
  const [workId, extra] = parsed.value.positionals;
  const url = parsed.value.options.get('server');
  const out = parsed.value.options.get('out');
  if (!workId || extra !== undefined || !url || !out) return usage(io);
  const credentials = userCredentials(env);
  if (!credentials.ok) return fail(io, credentials.error);
  const server = serverOf(io, url, credentials.value);
  if (!server) return 1;
  const session = await openSession(server);
  if (!session.ok) return fail(io, session.error);
  const docs = await readWorkDocs(server, workId);
  if (!docs.ok) return fail(io, docs.error);
  const folded = bundleOfDocs(docs.value, workId);
  if (!folded.ok) return fail(io, folded.error);
  // Written beside the target and renamed, so a failed pull never leaves half a bundle.
  const tmp = `${out}.${process.pid}.tmp`;
  await writeFile(tmp, serializeBundle(folded.value.bundle));
  await rename(tmp, out);
  const b = folded.value.bundle;
  io.out(`Pulled “${workId}”: ${b.revisions.length} revisions, ${b.events.length} decisions, ${b.comments.length} comments → ${out}${folded.value.skipped.length ? ` (${folded.value.skipped.length} malformed records left out)` : ''}.`);
  return 0;
}

function userCredentials(env: TeamEnv) {
  const name = env.env['PARALLAX_USER'];
  const password = env.env['PARALLAX_PASSWORD'];
  if (name && password) return { ok: true as const, value: { name, password } };
  const admin = parseAdmin(env.env['PARALLAX_TEAM_ADMIN']);
  return admin.ok ? admin : { ok: false as const, error: teamErrors.noCredentials(name ? 'PARALLAX_PASSWORD' : 'PARALLAX_USER') };
}

function usage(io: CommandIo): number {
  io.err(USAGE);
  return 1;
}

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) return '';
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

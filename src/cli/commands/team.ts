/**
 * `parallax team serve|add-user|share|pull`: a team server for one machine,
 * its users, sharing a work, and pulling the team's current state as a bundle
 * (so a publishing pipeline exports the edition the team approved).
 * Admin actions take `PARALLAX_TEAM_ADMIN=user:password`; `pull` takes
 * `PARALLAX_USER` / `PARALLAX_PASSWORD` (or the admin).
 */
import path from 'node:path';
import { serializeBundle } from '../../core/bundle/index.ts';
import { pxError, type PxError } from '../../core/result.ts';
import { bundleOfDocs } from '../../core/team/bundle-of-docs.ts';
import { teamErrors } from '../../core/team/team-errors.ts';
import { TEAM_ROLES, type TeamRole } from '../../core/team/team-rules.ts';
import { addUser, readWorkDocs, shareWork } from '../../sync/team-admin.ts';
import { openSession, teamServer, type TeamCredentials, type TeamServer } from '../../sync/team-http.ts';
import { parseAdmin, startTeamServer } from '../../sync/team-server-process.ts';
import { fail } from '../cli-failure.ts';
import { defineCommand, type OptionValues } from '../command.ts';
import type { SessionIo } from '../io.ts';
import { readShareInput } from './team-input.ts';

const ACTIONS = ['serve', 'add-user', 'share', 'pull'] as const;
type Action = (typeof ACTIONS)[number];

const OPTIONS = {
  server: { type: 'string', short: 's', value: '<url>', description: 'the team server (add-user, share, pull), e.g. http://127.0.0.1:5984' },
  port: { type: 'string', short: 'p', value: '<port>', default: '5984', description: 'serve: the port to listen on' },
  host: { type: 'string', value: '<address>', default: '127.0.0.1', description: 'serve: the address to listen on' },
  data: { type: 'string', value: '<dir>', default: 'parallax-team-data', description: 'serve: the folder for databases, config and log' },
  role: { type: 'string', value: '<role>', choices: TEAM_ROLES, description: 'add-user: editor or reviewer' },
  members: { type: 'string', value: '<a,b>', description: 'share: the users who may open the work (default: every editor and reviewer)' },
  work: { type: 'string', short: 'w', value: '<id>', description: 'share: the work to take from a bundle holding several' },
  out: { type: 'string', short: 'o', value: '<file>', description: 'pull: where to write the bundle' },
  json: { type: 'boolean', description: 'share, pull: print the summary as JSON' },
} as const;

type Values = OptionValues<typeof OPTIONS>;

export interface TeamEnv {
  readonly env: NodeJS.ProcessEnv;
  readonly readStdin: () => Promise<string>;
  readonly now: () => Date;
}

export const command = defineCommand({
  name: 'team',
  summary: 'Runs a team server, adds its users, shares a work on it, or pulls the team’s current state as a bundle.',
  positionals: [
    { name: 'action', description: `one of ${ACTIONS.join(', ')}` },
    { name: 'target', optional: true, description: 'add-user: the user name; share: a work folder or bundle; pull: the work id' },
  ],
  options: OPTIONS,
  notes: [
    'Credentials: PARALLAX_TEAM_ADMIN=user:password for serve, add-user and share; PARALLAX_USER and PARALLAX_PASSWORD for pull.',
    'add-user reads the new password from PARALLAX_PASSWORD or the first line of standard input.',
    'Production uses Apache CouchDB 3: give its URL as --server; serve is for one machine and for tests.',
  ],
  run: ({ values, positionals: [action = '', target], io }) => runTeam(action, target, values, io, { env: process.env, readStdin, now: () => new Date() }),
});

export async function runTeam(action: string, target: string | undefined, values: Values, io: SessionIo, env: TeamEnv): Promise<number> {
  if (!(ACTIONS as readonly string[]).includes(action)) {
    return fail(io, pxError('CLI_USAGE', `“${action}” is not a team action`, `use one of ${ACTIONS.join(', ')} (parallax team --help)`));
  }
  const needs = NEEDS[action as Action];
  const missing = [...(needs.target && !target ? [needs.target] : []), ...needs.options.filter((o) => values[o] === undefined).map((o) => `--${o}`)];
  if (missing.length > 0) return fail(io, pxError('CLI_USAGE', `team ${action} needs ${missing.join(' and ')}`, 'see parallax team --help'));
  const r = await ACTION_RUN[action as Action](target ?? '', values, io, env);
  return r === null ? 0 : fail(io, r);
}

const NEEDS: Record<Action, { target?: string; options: ReadonlyArray<keyof Values> }> = {
  serve: { options: [] },
  'add-user': { target: 'a user name', options: ['role', 'server'] },
  share: { target: 'a work folder or bundle', options: ['server'] },
  pull: { target: 'a work id', options: ['server', 'out'] },
};

type ActionRun = (target: string, values: Values, io: SessionIo, env: TeamEnv) => Promise<PxError | null>;

const ACTION_RUN: Record<Action, ActionRun> = {
  async serve(_target, values, io, env) {
    const port = Number(values.port);
    if (!Number.isInteger(port) || port < 1 || port > 65535) return pxError('CLI_BAD_VALUE', `--port ${values.port} is not a port number`, 'give a number from 1 to 65535');
    const admin = parseAdmin(env.env['PARALLAX_TEAM_ADMIN']);
    if (!admin.ok) return admin.error;
    const started = await startTeamServer({ port, host: values.host, dataDir: values.data, admin: admin.value });
    if (!started.ok) return started.error;
    io.out(`Team server on ${started.value.url} (data in ${path.resolve(values.data)}, PID ${started.value.process.pid ?? '?'}); stop it with Ctrl-C.`);
    const stop = () => void started.value.stop();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    await new Promise<void>((resolve) => started.value.process.once('exit', () => resolve()));
    return null;
  },

  async 'add-user'(name, values, io, env) {
    if (!/^[^\s:]{1,64}$/u.test(name)) return pxError('CLI_BAD_VALUE', `“${name}” cannot be a user name`, 'use up to 64 characters without spaces or colons');
    const server = adminServer(values, env);
    if ('code' in server) return server;
    const password = env.env['PARALLAX_PASSWORD'] ?? (await env.readStdin()).split(/\r?\n/)[0] ?? '';
    if (password === '') return teamErrors.noCredentials('PARALLAX_PASSWORD');
    const role = values.role as TeamRole;
    const r = await addUser(server, name, password, role);
    if (!r.ok) return r.error;
    io.out(`${name} is now ${role === 'editor' ? 'an editor' : 'a reviewer'} on ${server.url}.`);
    return null;
  },

  async share(input, values, io, env) {
    const server = adminServer(values, env);
    if ('code' in server) return server;
    const bundle = await readShareInput(io, input, env.now());
    if (!bundle.ok) return bundle.error;
    const workId = values.work ?? (bundle.value.works.length === 1 ? bundle.value.works[0]?.id : undefined);
    if (!workId) return pxError('CLI_BAD_VALUE', `${input} holds ${bundle.value.works.length} works`, 'name one with --work <id>');
    const members = (values.members ?? '').split(',').map((m) => m.trim()).filter((m) => m !== '');
    const r = await shareWork(server, bundle.value, workId, members);
    if (!r.ok) return r.error;
    if (values.json) io.json({ workId, ...r.value, members });
    else io.out(`Shared “${workId}” as ${r.value.db} on ${server.url}: ${r.value.uploaded} records uploaded, ${r.value.present} already there; members: ${members.length > 0 ? members.join(', ') : 'every editor and reviewer'}.`);
    return null;
  },

  async pull(workId, values, io, env) {
    const credentials = userCredentials(env);
    if ('code' in credentials) return credentials;
    const server = serverOf(values.server ?? '', credentials);
    if ('code' in server) return server;
    const session = await openSession(server);
    if (!session.ok) return session.error;
    const docs = await readWorkDocs(server, workId);
    if (!docs.ok) return docs.error;
    const folded = bundleOfDocs(docs.value, workId);
    if (!folded.ok) return folded.error;
    const written = await io.write(values.out ?? '', serializeBundle(folded.value.bundle));
    if (!written.ok) return written.error;
    const b = folded.value.bundle;
    const summary = { workId, revisions: b.revisions.length, events: b.events.length, comments: b.comments.length, leftOut: folded.value.skipped };
    if (values.json) io.json(summary);
    else io.out(`Pulled “${workId}”: ${summary.revisions} revisions, ${summary.events} state changes, ${summary.comments} comments → ${values.out}${summary.leftOut.length ? ` (${summary.leftOut.length} malformed records left out)` : ''}.`);
    return null;
  },
};

function serverOf(url: string, credentials: TeamCredentials): TeamServer | PxError {
  const s = teamServer(url, credentials);
  return s.ok ? s.value : s.error;
}

function adminServer(values: Values, env: TeamEnv): TeamServer | PxError {
  const admin = parseAdmin(env.env['PARALLAX_TEAM_ADMIN']);
  return admin.ok ? serverOf(values.server ?? '', admin.value) : admin.error;
}

function userCredentials(env: TeamEnv): TeamCredentials | PxError {
  const name = env.env['PARALLAX_USER'];
  const password = env.env['PARALLAX_PASSWORD'];
  if (name && password) return { name, password };
  const admin = parseAdmin(env.env['PARALLAX_TEAM_ADMIN']);
  return admin.ok ? admin.value : teamErrors.noCredentials(name ? 'PARALLAX_PASSWORD' : 'PARALLAX_USER');
}

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) return '';
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

// The real CLI (`node src/cli/bin.mjs team …`): serve, add-user, share the sample, pull it back;
// coded one-line errors for a wrong password, a non-member, an unreachable server and bad options.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseBundle } from '../../src/core/bundle/index.ts';
import { freePort } from '../sync/support/team-server.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const ADMIN = 'root:root-secret';
let tmp = '';
let url = '';
let serve: ChildProcess;

function cli(args: readonly string[], env: Record<string, string> = {}, input?: string) {
  const r = spawnSync(process.execPath, ['src/cli/bin.mjs', 'team', ...args], {
    cwd: root, encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '', ...env }, ...(input !== undefined ? { input } : {}),
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function coded(r: ReturnType<typeof cli>, code: string, exit = 1) {
  assert.equal(r.code, exit, r.stderr);
  const lines = r.stderr.trimEnd().split('\n');
  assert.equal(lines.length, 1, r.stderr);
  assert.match(lines[0] ?? '', new RegExp(`^error\\[${code}\\]: .+ — .+$`));
}

before(async () => {
  tmp = mkdtempSync(path.join(tmpdir(), 'px-cli-team-'));
  const port = await freePort();
  url = `http://127.0.0.1:${port}`;
  serve = spawn(process.execPath, ['src/cli/bin.mjs', 'team', 'serve', '--port', String(port), '--data', path.join(tmp, 'data')], {
    cwd: root, env: { ...process.env, PARALLAX_TEAM_ADMIN: ADMIN }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  const banner = await new Promise<string>((resolve, reject) => {
    let out = '';
    serve.stdout?.on('data', (b: Buffer) => {
      out += b.toString();
      if (out.includes('\n')) resolve(out);
    });
    serve.once('exit', (code) => reject(new Error(`serve exited ${code}`)));
  });
  assert.match(banner, new RegExp(`^Team server on ${url} \\(data in .+, PID \\d+\\)`));
});

after(async () => {
  const exited = new Promise((resolve) => serve.once('exit', resolve));
  serve.kill('SIGTERM');
  assert.equal(await exited, 0, 'serve stops cleanly on SIGTERM');
  rmSync(tmp, { recursive: true, force: true });
});

describe('parallax team', () => {
  it('adds users (password from the environment or standard input), shares the sample and pulls it back', () => {
    const alice = cli(['add-user', 'alice', '--role', 'editor', '--server', url], { PARALLAX_TEAM_ADMIN: ADMIN, PARALLAX_PASSWORD: 'alice-pw' });
    assert.equal(alice.code, 0, alice.stderr);
    assert.equal(alice.stdout.trim(), `alice is now an editor on ${url}.`);
    const bob = cli(['add-user', 'bob', '--role', 'reviewer', '--server', url], { PARALLAX_TEAM_ADMIN: ADMIN }, 'bob-pw\n');
    assert.equal(bob.code, 0, bob.stderr);
    assert.equal(cli(['add-user', 'carol', '--role', 'editor', '--server', url], { PARALLAX_TEAM_ADMIN: ADMIN, PARALLAX_PASSWORD: 'carol-pw' }).code, 0);

    const shared = cli(['share', 'translations/wilson-121617', '--server', url, '--members', 'alice,bob', '--json'], { PARALLAX_TEAM_ADMIN: ADMIN });
    assert.equal(shared.code, 0, shared.stderr);
    const summary = JSON.parse(shared.stdout) as { db: string; uploaded: number; present: number };
    assert.equal(summary.db, 'parallax-work-wilson-121617');
    assert.ok(summary.uploaded > 30);
    // The folder imported again has new revision ids: a second, unrelated copy is refused.
    coded(cli(['share', 'translations/wilson-121617', '--server', url, '--members', 'alice,bob'], { PARALLAX_TEAM_ADMIN: ADMIN }), 'TEAM_EXISTS');

    const out = path.join(tmp, 'pulled.json');
    const pulled = cli(['pull', 'wilson-121617', '--server', url, '--out', out], { PARALLAX_USER: 'bob', PARALLAX_PASSWORD: 'bob-pw' });
    assert.equal(pulled.code, 0, pulled.stderr);
    const bundle = parseBundle(readFileSync(out, 'utf8'));
    assert.ok(bundle.ok, JSON.stringify(bundle));
    assert.equal(bundle.value.works[0]?.meta.title, JSON.parse(readFileSync('translations/wilson-121617/work.json', 'utf8')).meta?.title ?? bundle.value.works[0]?.meta.title);
    assert.equal(bundle.value.revisions.length, summary.uploaded - 1);
    // The pulled bundle shares again as the same history: nothing new to upload.
    const back = JSON.parse(cli(['share', out, '--server', url, '--members', 'alice,bob', '--json'], { PARALLAX_TEAM_ADMIN: ADMIN }).stdout) as { uploaded: number; present: number };
    assert.deepEqual([back.uploaded, back.present], [0, summary.uploaded]);
  });

  it('says who may not: wrong password, non-member, unreachable server, bad options', () => {
    coded(cli(['pull', 'wilson-121617', '--server', url, '--out', path.join(tmp, 'x.json')], { PARALLAX_USER: 'bob', PARALLAX_PASSWORD: 'wrong' }), 'TEAM_UNAUTHORIZED');
    coded(cli(['pull', 'wilson-121617', '--server', url, '--out', path.join(tmp, 'x.json')], { PARALLAX_USER: 'carol', PARALLAX_PASSWORD: 'carol-pw' }), 'TEAM_FORBIDDEN');
    coded(cli(['pull', 'no-such-work', '--server', url, '--out', path.join(tmp, 'x.json')], { PARALLAX_USER: 'bob', PARALLAX_PASSWORD: 'bob-pw' }), 'TEAM_NOT_FOUND');
    coded(cli(['pull', 'wilson-121617', '--server', 'http://127.0.0.1:1', '--out', path.join(tmp, 'x.json')], { PARALLAX_USER: 'bob', PARALLAX_PASSWORD: 'bob-pw' }), 'TEAM_UNREACHABLE');
    coded(cli(['share', 'translations/wilson-121617', '--server', url], {}), 'TEAM_NO_CREDENTIALS');
    coded(cli(['share', 'translations/wilson-121617', '--server', url], { PARALLAX_TEAM_ADMIN: 'root:wrong' }), 'TEAM_UNAUTHORIZED');
    coded(cli(['share', 'translations/wilson-121617', '--server', 'ftp://example.org'], { PARALLAX_TEAM_ADMIN: ADMIN }), 'TEAM_BAD_URL');
    coded(cli(['add-user', 'dora', '--role', 'boss', '--server', url], { PARALLAX_TEAM_ADMIN: ADMIN }), 'CLI_BAD_VALUE', 2);
    coded(cli(['pull', 'wilson-121617', '--server', url], {}), 'CLI_USAGE', 2);
    coded(cli(['dance'], {}), 'CLI_USAGE', 2);
    assert.throws(() => readFileSync(path.join(tmp, 'x.json')), 'a failed pull writes nothing');
  });
});

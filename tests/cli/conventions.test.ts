// The command-line conventions every command shares, through the real CLI (`node src/cli/bin.mjs …`):
// exit codes, usage on stderr, --help and --version, strict options, `-` for standard input and output,
// and one coded line (never a stack) for every failure.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, linkSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli/main.ts';
import { nodeIo, type CommandIo } from '../../src/cli/io.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const sample = path.join(root, 'translations/wilson-121617');
let tmp = '';

function cli(args: readonly string[], input?: string) {
  const r = spawnSync(process.execPath, ['src/cli/bin.mjs', ...args], { cwd: root, encoding: 'utf8', ...(input !== undefined ? { input } : {}) });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Exactly one line on stderr, `error[CODE]: what — what to do`, nothing on stdout, no stack. */
function assertCoded(r: ReturnType<typeof cli>, code: string, exit: number): void {
  assert.equal(r.code, exit, `exit status for ${code}: ${r.stderr}`);
  assert.equal(r.stdout, '');
  const lines = r.stderr.trimEnd().split('\n');
  assert.equal(lines.length, 1, `one line: ${r.stderr}`);
  assert.match(lines[0] ?? '', new RegExp(`^error\\[${code}\\]: .+ — .+$`));
  assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
}

before(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'px-cli-conv-'));
});
after(() => rmSync(tmp, { recursive: true, force: true }));

describe('parallax: usage, help and version', () => {
  it('alone prints the usage on stderr and exits 2', () => {
    const r = cli([]);
    assert.equal(r.code, 2);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /^Usage: parallax <command>/);
    for (const name of ['import', 'align', 'check', 'diff', 'export']) assert.match(r.stderr, new RegExp(`^  ${name} `, 'm'));
  });

  it('--help on stdout, exit 0; --version prints the package version', () => {
    const help = cli(['--help']);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /^Usage: parallax <command>/);
    const version = cli(['--version']);
    assert.equal(version.code, 0);
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
    assert.equal(version.stdout.trim(), `parallax ${pkg.version}`);
  });

  it('each command has its own --help and -h, listing every option', () => {
    for (const name of ['import', 'align', 'check', 'diff', 'export']) {
      const r = cli([name, '--help']);
      assert.equal(r.code, 0, name);
      assert.equal(r.stderr, '');
      assert.match(r.stdout, new RegExp(`^Usage: parallax ${name} `));
    }
    const exportHelp = cli(['export', '-h']).stdout;
    for (const option of ['--format', '--out', '--layout', '--paper', '--translation', '--work', '--names', '--apparatus']) assert.ok(exportHelp.includes(option), option);
    assert.match(cli(['help', 'diff']).stdout, /--exit-code/);
  });

  it('help errors lists every code with its title', () => {
    const r = cli(['help', 'errors']);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /^ {2}EXPORT_WOULD_OVERWRITE_INPUT +The output would replace an input$/m);
    assert.match(r.stdout, /^ {2}INTERNAL +/m);
  });
});

describe('parallax: strict command lines exit 2 with one coded line', () => {
  it('unknown command, unknown option, missing value, a value given to a switch, missing arguments, extra arguments', () => {
    assertCoded(cli(['frobnicate']), 'CLI_UNKNOWN_COMMAND', 2);
    assertCoded(cli(['import', sample, '--frobnicate']), 'CLI_UNKNOWN_OPTION', 2);
    assertCoded(cli(['import', sample, '--lang']), 'CLI_MISSING_VALUE', 2);
    assertCoded(cli(['import', sample, '--lang', '--json']), 'CLI_MISSING_VALUE', 2);
    assertCoded(cli(['import', sample, '--json=false']), 'CLI_BAD_VALUE', 2);
    assertCoded(cli(['import']), 'CLI_USAGE', 2);
    assertCoded(cli(['diff', 'a.txt']), 'CLI_USAGE', 2);
    assertCoded(cli(['import', sample, sample]), 'CLI_USAGE', 2);
    assertCoded(cli(['align', 'a', 'b', '--units', 'words']), 'CLI_BAD_VALUE', 2);
  });

  it('bad input exits 1, not 2', () => {
    assertCoded(cli(['import', path.join(tmp, 'nope.txt')]), 'INPUT_NOT_FOUND', 1);
  });

  it('short flags, and -- before a path that starts with a dash', () => {
    const dashed = path.join(tmp, '-dashed.txt');
    writeFileSync(dashed, 'A first paragraph of plain text.\n\nA second one.\n');
    process.chdir(tmp);
    try {
      const r = spawnSync(process.execPath, [path.join(root, 'src/cli/bin.mjs'), 'import', '-l', 'en', '--', '-dashed.txt'], { cwd: tmp, encoding: 'utf8' });
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stdout, /\[en, original\].*: 2 paragraphs/);
    } finally {
      process.chdir(root);
    }
  });
});

describe('parallax check --fail-on and diff --exit-code', () => {
  it('check exits 0 whatever it finds, unless --fail-on names a severity it found', () => {
    const zh = path.join(sample, 'zh-Hans.txt');
    const archive = path.join(sample, 'wilson-121617.en.txt');
    const changed = path.join(tmp, 'changed.txt');
    // A year changed in the translation: an error-level number mismatch.
    writeFileSync(changed, readFileSync(archive, 'utf8').replace(/1961/g, '1971'));
    assert.equal(cli(['check', zh, archive, '--fail-on', 'warning']).code, 0, 'the sample has only info findings');
    const found = cli(['check', zh, changed]);
    assert.equal(found.code, 0);
    assert.match(found.stdout, /error +number-mismatch .*1971/);
    assert.equal(cli(['check', zh, changed, '--fail-on', 'error']).code, 1);
    assert.equal(cli(['check', zh, changed, '--fail-on', 'warning']).code, 1);
    assert.equal(cli(['check', zh, changed, '--fail-on', 'info']).code, 2, 'info is not a severity to fail on');
  });

  it('diff --exit-code: 0 when identical, 1 when different', () => {
    const en = path.join(sample, 'en-parallax.txt');
    assert.equal(cli(['diff', en, en, '--exit-code']).code, 0);
    assert.equal(cli(['diff', en, path.join(sample, 'wilson-121617.en.txt'), '--exit-code']).code, 1);
    assert.equal(cli(['diff', en, path.join(sample, 'wilson-121617.en.txt')]).code, 0, 'without it, a difference is no failure');
  });
});

describe('parallax: - is standard input and standard output', () => {
  it('import - reads standard input', () => {
    const r = cli(['import', '-', '--lang', 'en', '--json'], 'One paragraph.\n\nAnd another.\n');
    assert.equal(r.code, 0, r.stderr);
    const work = JSON.parse(r.stdout) as { witnesses: Array<{ paragraphs: Array<{ text: string }> }> };
    assert.deepEqual(work.witnesses[0]?.paragraphs.map((p) => p.text), ['One paragraph.', 'And another.']);
  });

  it('export --out - writes the file to stdout and its report to stderr', () => {
    const r = cli(['export', sample, '--format', 'md', '--out', '-']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /west of Ba-ke-tu alone/);
    assert.match(r.stderr, /^wrote standard output \(md, [\d,]+ bytes\)$/m);
  });
});

describe('parallax export: the output is written whole or not at all', () => {
  it('refuses an output that is one of the inputs: the bundle itself, a symlink to it, a hard link to it, a file of the folder', async () => {
    const bundle = path.join(tmp, 'work.bundle.json');
    const md = cli(['export', sample, '--format', 'json', '--out', path.join(tmp, 'w.json')]);
    assert.equal(md.code, 0, md.stderr);
    const { bundleOfWork, serializeBundle } = await import('../../src/core/bundle/index.ts');
    const { createIdFactory } = await import('../../src/core/ids.ts');
    const { loadSampleWork } = await import('../core/edition/sample-work.ts');
    writeFileSync(bundle, serializeBundle(bundleOfWork(await loadSampleWork(), { author: 'Test', at: '2026-11-27T00:00:00.000Z', ids: createIdFactory() })));
    const before = readFileSync(bundle);
    symlinkSync(bundle, path.join(tmp, 'link.json'));
    linkSync(bundle, path.join(tmp, 'hard.json'));
    for (const out of [bundle, path.join(tmp, 'link.json'), path.join(tmp, 'hard.json'), path.join(tmp, '.', 'work.bundle.json')]) {
      assertCoded(cli(['export', bundle, '--format', 'html', '--out', out]), 'EXPORT_WOULD_OVERWRITE_INPUT', 1);
    }
    assert.deepEqual(readFileSync(bundle), before, 'the bundle is unchanged');
    const folder = path.join(tmp, 'folder');
    cpSync(sample, folder, { recursive: true });
    const original = readFileSync(path.join(folder, 'zh-Hans.txt'));
    assertCoded(cli(['export', folder, '--format', 'md', '--out', path.join(folder, 'zh-Hans.txt')]), 'EXPORT_WOULD_OVERWRITE_INPUT', 1);
    assertCoded(cli(['export', folder, '--format', 'md', '--out', path.join(folder, 'work.json')]), 'EXPORT_WOULD_OVERWRITE_INPUT', 1);
    assert.deepEqual(readFileSync(path.join(folder, 'zh-Hans.txt')), original);
  });

  it('a missing folder, a folder, a device: one coded line each', () => {
    assertCoded(cli(['export', sample, '--format', 'md', '--out', path.join(tmp, 'no/such/dir/x.md')]), 'OUTPUT_FOLDER_MISSING', 1);
    assertCoded(cli(['export', sample, '--format', 'md', '--out', tmp]), 'OUTPUT_IS_FOLDER', 1);
    assertCoded(cli(['export', sample, '--format', 'md', '--out', '/dev/full']), 'OUTPUT_NOT_WRITABLE', 1);
  });

  it('replaces a previous file whole and leaves no temporary file beside it', () => {
    const out = path.join(tmp, 'edition.md');
    writeFileSync(out, 'OLD');
    const r = cli(['export', sample, '--format', 'md', '--out', out]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(readFileSync(out, 'utf8'), /west of Ba-ke-tu alone/);
    assert.deepEqual(readdirSync(tmp).filter((f) => f.endsWith('.tmp')), []);
  });
});

describe('parallax: terminal hygiene and the top-level handler', () => {
  it('control characters from a file are escaped in what is printed; a path with a newline stays on one line', () => {
    // Text files lose their controls on import; the labels and titles of a work.json keep what they hold.
    const folder = path.join(tmp, 'ansi');
    cpSync(sample, folder, { recursive: true });
    const manifest = JSON.parse(readFileSync(path.join(folder, 'work.json'), 'utf8'));
    manifest.meta.title = 'Title \u001b[2J\u001b]0;pwned\u0007 end';
    manifest.witnesses[0].label = 'Label \u009b31m red\u202e reversed';
    writeFileSync(path.join(folder, 'work.json'), JSON.stringify(manifest));
    const r = cli(['import', folder]);
    assert.equal(r.code, 0, r.stderr);
    assert.doesNotMatch(r.stdout, /[\u001b\u0007\u009b\u202e]/);
    assert.match(r.stdout, /^Title \\x1b\[2J\\x1b\]0;pwned\\x07 end$/m);
    assert.match(r.stdout, /red\\u202e reversed/);
    const json = cli(['import', folder, '--json']);
    assert.doesNotMatch(json.stdout, /[\u001b\u0007\u009b\u202e]/);
    assert.match(JSON.parse(json.stdout).witnesses[0].label, /red\u202e reversed$/, 'JSON escapes are lossless');
    assertCoded(cli(['import', path.join(tmp, 'a\nb\u001b[2J.txt')]), 'INPUT_NOT_FOUND', 1);
  });

  it('an unexpected exception is one error[INTERNAL] line; the stack only with PARALLAX_DEBUG=1', async () => {
    let err = '';
    const io: CommandIo = { ...nodeIo, out: () => undefined, err: (t) => { err += t + '\n'; }, readInput: () => Promise.reject(new TypeError('boom')) };
    const code = await main(['import', path.join(sample, 'zh-Hans.txt')], io);
    assert.equal(code, 1);
    assert.equal(err, 'error[INTERNAL]: TypeError: boom — please report this (run with PARALLAX_DEBUG=1 for the details)\n');
    process.env['PARALLAX_DEBUG'] = '1';
    err = '';
    try {
      await main(['import', path.join(sample, 'zh-Hans.txt')], io);
    } finally {
      delete process.env['PARALLAX_DEBUG'];
    }
    assert.match(err, /^error\[INTERNAL\]: .*\n\s*TypeError: boom\n\s+at /);
  });
});

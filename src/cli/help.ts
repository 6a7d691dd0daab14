/** `parallax --help`, `parallax <command> --help` and `parallax help errors`, from the command specs. */
import { ERROR_TITLES, PX_ERROR_CODES } from '../core/errors/index.ts';
import { synopsis } from './args.ts';
import type { AnyCommand } from './command.ts';

export function globalUsage(commands: readonly AnyCommand[]): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'Usage: parallax <command> [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run parallax <command> --help for its options, parallax help errors for the error codes.',
    'Options: -h, --help   --version',
    'Exit status: 0 done, 1 bad input or refused, 2 the command line is wrong.',
  ].join('\n');
}

export function commandHelp(c: AnyCommand): string {
  const rows = Object.entries(c.options).map(([name, o]) => {
    const flag = `${o.short ? `-${o.short}, ` : '    '}--${name}${o.type === 'string' ? ` ${o.value ?? (o.choices ? o.choices.join('|') : '<value>')}` : ''}`;
    const extra = o.default !== undefined ? ` (default: ${o.default})` : '';
    return [flag, `${o.description}${extra}`] as const;
  });
  rows.push(['-h, --help', 'show this help']);
  const width = Math.max(...rows.map(([f]) => f.length));
  return [
    `Usage: parallax ${c.name} ${synopsis(c)}`,
    '',
    c.summary,
    '',
    ...c.positionals.map((p) => `  ${p.optional ? `[${p.name}]` : `<${p.name}>`}  ${p.description}`),
    '',
    'Options:',
    ...rows.map(([f, d]) => `  ${f.padEnd(width)}  ${d}`),
    ...(c.notes ? ['', ...c.notes] : []),
  ].join('\n');
}

export function errorCodesHelp(): string {
  const width = Math.max(...PX_ERROR_CODES.map((c) => c.length));
  return ['Error codes (each error line reads error[CODE]: what happened — what to do):', '',
    ...PX_ERROR_CODES.map((c) => `  ${c.padEnd(width)}  ${ERROR_TITLES[c]}`)].join('\n');
}

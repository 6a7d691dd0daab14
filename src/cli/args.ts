/**
 * Command-line parsing with node:util's parseArgs (strict: unknown options,
 * values given to flags such as `--json=false`, and missing values are all
 * errors; `--` ends the options), turned into coded usage errors. Every error
 * from here is a usage error: the caller exits 2.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { err, ok, pxError, type PxError, type Result } from '../core/result.ts';
import type { CommandSpec, OptionSpecs, OptionValues } from './command.ts';
import { escapeLine } from './terminal.ts';

export interface ParsedCommandLine<O extends OptionSpecs> {
  readonly help: boolean;
  readonly values: OptionValues<O>;
  readonly positionals: readonly string[];
}

export function parseCommandLine<O extends OptionSpecs>(spec: CommandSpec<O>, argv: readonly string[]): Result<ParsedCommandLine<O>> {
  const options: NonNullable<ParseArgsConfig['options']> = { help: { type: 'boolean', short: 'h' } };
  for (const [name, o] of Object.entries(spec.options)) {
    options[name] = { type: o.type, ...(o.short ? { short: o.short } : {}) };
  }
  let parsed: { values: Record<string, string | boolean | undefined>; positionals: string[] };
  try {
    parsed = parseArgs({ args: [...argv], options, strict: true, allowPositionals: true }) as typeof parsed;
  } catch (e) {
    return err(usageErrorOf(spec, e));
  }
  if (parsed.values['help'] === true) return ok({ help: true, values: {} as OptionValues<O>, positionals: [] });
  const values: Record<string, string | boolean | undefined> = {};
  for (const [name, o] of Object.entries(spec.options)) {
    const given = parsed.values[name];
    if (o.type === 'boolean') {
      values[name] = given === true;
      continue;
    }
    const value = typeof given === 'string' ? given : o.default;
    if (value !== undefined && o.choices && !o.choices.includes(value)) {
      return err(pxError(o.invalid ?? 'CLI_BAD_VALUE', `--${name} ${JSON.stringify(value)} is not one of: ${o.choices.join(', ')}`, `write --${name} ${o.choices[0] ?? '<value>'}, or see parallax ${spec.name} --help`));
    }
    values[name] = value;
  }
  const required = spec.positionals.filter((p) => !p.optional);
  if (parsed.positionals.length < required.length) {
    const missing = required.slice(parsed.positionals.length).map((p) => `<${p.name}>`).join(' and ');
    return err(pxError('CLI_USAGE', `parallax ${spec.name} needs ${missing}`, `run: parallax ${spec.name} ${synopsis(spec)}`));
  }
  if (parsed.positionals.length > spec.positionals.length) {
    const extra = parsed.positionals[spec.positionals.length] ?? '';
    return err(pxError('CLI_USAGE', `parallax ${spec.name} takes ${spec.positionals.length} argument(s), but got also ${JSON.stringify(extra)}`,
      `run: parallax ${spec.name} ${synopsis(spec)}`));
  }
  return ok({ help: false, values: values as OptionValues<O>, positionals: parsed.positionals });
}

/** `<original> <translation> [options]`. */
export function synopsis(spec: CommandSpec<OptionSpecs>): string {
  const pos = spec.positionals.map((p) => (p.optional ? `[${p.name}]` : `<${p.name}>`)).join(' ');
  return Object.keys(spec.options).length > 0 ? `${pos} [options]` : pos;
}

/** The option, as parseArgs quotes it in its messages (`'--out'`, `'-x'`). */
function optionNamed(message: string): string {
  return /'(-[^'\s]*)/.exec(message)?.[1] ?? 'an option';
}

function usageErrorOf(spec: CommandSpec<OptionSpecs>, e: unknown): PxError {
  const code = (e as { code?: unknown }).code;
  const message = e instanceof Error ? e.message : String(e);
  const help = `see parallax ${spec.name} --help`;
  const option = escapeLine(optionNamed(message));
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const known = Object.keys(spec.options).map((n) => `--${n}`).join(', ') || 'none';
    return pxError('CLI_UNKNOWN_OPTION', `parallax ${spec.name} has no option ${option}`, `options: ${known}; ${help}`);
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    if (/does not take an argument/.test(message)) {
      return pxError('CLI_BAD_VALUE', `${option} is a switch and takes no value`, `write ${option} to turn it on, leave it out to keep it off`);
    }
    return pxError('CLI_MISSING_VALUE', `${option} needs a value`, `write ${option} <value> (a value starting with "-" as ${option}=-value); ${help}`);
  }
  return pxError('CLI_USAGE', `the command line could not be read (${message.split('\n')[0]})`, help);
}

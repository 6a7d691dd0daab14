/** A small, strict argument parser: positionals, `--flag`, `--key value` and `--key=value`. */
import { pxError, type Result, ok, err } from '../core/result.ts';

export interface ParsedArgs {
  readonly positionals: string[];
  readonly flags: ReadonlySet<string>;
  readonly options: ReadonlyMap<string, string>;
}

export interface ArgSpec {
  readonly flags?: readonly string[];
  readonly options?: readonly string[];
}

export function parseArgs(argv: readonly string[], spec: ArgSpec): Result<ParsedArgs> {
  const positionals: string[] = [];
  const flags = new Set<string>();
  const options = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (!arg.startsWith('--')) {
      positionals.push(arg);
      continue;
    }
    const [name = '', inline] = arg.slice(2).split(/=(.*)/s, 2);
    if (spec.flags?.includes(name)) {
      flags.add(name);
    } else if (spec.options?.includes(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined || value.startsWith('--')) {
        return err(pxError('CLI_MISSING_VALUE', `Option --${name} needs a value`, `write --${name} <value>`));
      }
      options.set(name, value);
    } else {
      const known = [...(spec.flags ?? []), ...(spec.options ?? [])].map((n) => `--${n}`).join(', ') || 'none';
      return err(pxError('CLI_UNKNOWN_OPTION', `Unknown option --${name}`, `options for this command: ${known}`));
    }
  }
  return ok({ positionals, flags, options });
}
